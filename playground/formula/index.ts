/**
 * Formula evaluator of the in-browser Excel fake: exactly the formulas the health-score planner
 * writes (spec §5–§6), with Excel's semantics (research/oracles.md). Anything else evaluates to
 * `{ unsupported }`, never to a guessed value.
 *
 * Each formula text is tokenised once; texts that differ only by a fill's move (`B2` in row 2,
 * `B3` in row 3) share one compiled template whose references are relative to the cell.
 */
import { compile } from "./compile";
import { Context, Ev, FormulaBook, FormulaValue, scalarOf } from "./context";
import { tokenize } from "./lexer";
import { parse, templateKey } from "./parser";
import { NAME, Unsupported, Value } from "./values";

export type { FormulaBook, FormulaValue } from "./context";
export { shiftFormula } from "./shift";

export interface FormulaOrigin {
  /** The cell the formula is in. */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /**
   * Optional: `formula` is the text written in `anchor` (same sheet), and the value wanted is that
   * of the copy a fill puts in (row, column): the same as evaluating
   * `shiftFormula(formula, row - anchor.row, column - anchor.column)` there, without the text.
   */
  readonly anchor?: { readonly row: number; readonly column: number };
}

interface Compiled {
  readonly ev: Ev;
  /** The cell the text was first read in: relative positions count from it. */
  readonly row: number;
  readonly column: number;
}

const MAX_CACHED = 200_000;
const byText = new Map<string, Compiled>();
const byTemplate = new Map<string, Ev>();
const byName = new Map<string, Ev>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

const failing =
  (e: Unsupported): Ev =>
  () => {
    throw e;
  };

function attempt(build: () => Ev): Ev {
  try {
    return build();
  } catch (e) {
    if (e instanceof Unsupported) return failing(e);
    throw e;
  }
}

const withoutEquals = (formula: string): string =>
  formula.startsWith("=") ? formula.slice(1) : formula;

function template(formula: string, row: number, column: number): Ev {
  const tokens = tokenize(withoutEquals(formula));
  const key = templateKey(tokens, row, column);
  return (
    byTemplate.get(key) ??
    remember(
      byTemplate,
      key,
      attempt(() => compile(parse(tokens, row, column), resolveName))
    )
  );
}

function compiled(formula: string, row: number, column: number): Compiled {
  const known = byText.get(formula);
  if (known) return known;
  const ev = attempt(() => template(formula, row, column));
  return remember(byText, formula, { ev, row, column });
}

const MAX_NAME_DEPTH = 16;

/**
 * A defined name evaluates its own formula. Only names without relative references are
 * modelled (Excel resolves relative ones against the active cell at definition time).
 */
function resolveName(ctx: Context, name: string): Value {
  const formula = ctx.book.name(ctx.sheet, name);
  if (formula === undefined) return NAME;
  if (ctx.nameDepth >= MAX_NAME_DEPTH)
    throw new Unsupported(`the defined name ${name}, which refers to itself`);
  let ev = byName.get(formula);
  if (!ev) {
    const text = withoutEquals(formula);
    ev = attempt(() => {
      const relative = tokenize(text).some(
        (t) =>
          (t.kind === "cell" && !(t.cell.row.abs && t.cell.column.abs)) ||
          (t.kind === "area" &&
            ![t.from.row, t.from.column, t.to.row, t.to.column].every((c) => c.abs)) ||
          ((t.kind === "columns" || t.kind === "rows") && !(t.from.abs && t.to.abs))
      );
      if (relative) throw new Unsupported(`the defined name ${name} with relative references`);
      return compile(parse(tokenize(text), 1, 1), resolveName);
    });
    remember(byName, formula, ev);
  }
  return ev({ ...ctx, nameDepth: ctx.nameDepth + 1 });
}

let generation = 0;

/** The value of `formula` (without "=") in the cell `origin`. */
export function evaluateFormula(
  formula: string,
  origin: FormulaOrigin,
  book: FormulaBook
): FormulaValue {
  const { ev, row, column } = compiled(formula, origin.row, origin.column);
  const anchor = origin.anchor;
  const ctx: Context = {
    book,
    sheet: origin.sheet,
    row: origin.row,
    column: origin.column,
    baseRow: anchor ? row + origin.row - anchor.row : row,
    baseColumn: anchor ? column + origin.column - anchor.column : column,
    generation: ++generation,
    nameDepth: 0,
  };
  try {
    const v = scalarOf(ev(ctx), ctx, "a cell");
    // A formula never shows a blank: a reference to an empty cell is 0.
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof Unsupported) return { unsupported: e.message };
    throw e;
  }
}
