/**
 * Compiled formulas by text. Texts that differ only by a fill's move (`B2` in row 2, `B3` in row
 * 3) share one template whose references are relative to the cell; each text remembers the cell
 * it was read in, from which its relative positions count.
 */
import { compile } from "./compile";
import { Context, Ev } from "./context";
import { tokenize, Token } from "./lexer";
import { parse, templateKey } from "./parser";
import { NAME, Unsupported, Value } from "./values";

export interface Compiled {
  readonly ev: Ev;
  /** The cell the text was first read in: relative positions count from it. */
  readonly row: number;
  readonly column: number;
}

/**
 * Bounds of the caches (cleared when full). Texts: above the cell count of a 100,000-account,
 * 12-metric sheet, so a fill's per-row texts (made by shiftFormula before evaluation) all stay.
 */
const MAX_TEXTS = 4_000_000;
const MAX_CACHED = 200_000;
const byText = new Map<string, Compiled>();
const byTemplate = new Map<string, Ev>();
const byName = new Map<string, Ev>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= (cache === byText ? MAX_TEXTS : MAX_CACHED)) cache.clear();
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

export function compiled(formula: string, row: number, column: number): Compiled {
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

const byTokens = new Map<string, Token[]>();

export const tokensOf = (formula: string): Token[] =>
  byTokens.get(formula) ?? remember(byTokens, formula, tokenize(formula));

/**
 * `shifted` is `formula` moved by a fill with no reference pushed off the sheet: it shares the
 * template, counted from a cell moved by the same amount, so evaluating it needs no parsing.
 */
export function rememberShift(
  formula: string,
  shifted: string,
  rowDelta: number,
  columnDelta: number
): void {
  if (byText.has(shifted)) return;
  const { ev, row, column } = compiled(formula, 1, 1);
  remember(byText, shifted, { ev, row: row + rowDelta, column: column + columnDelta });
}
