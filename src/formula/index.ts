/**
 * Formula evaluator of the in-browser Excel fake: exactly the formulas the health-score planner
 * writes (docs/health-score.md, docs/native-formulas.md), with Excel's semantics on blanks, text
 * and booleans. Anything else evaluates to `{ unsupported }`, never to a guessed value.
 *
 * Fast path for a fill: pass the fill's first formula with `origin.anchor` (one compiled
 * template, no text per row). Texts made by shiftFormula are recognised without parsing too.
 */
import { compiled } from "./cache";
import { Context, FormulaBook, FormulaValue, scalarOf } from "./context";
import { Unsupported } from "./values";

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
