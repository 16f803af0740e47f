/**
 * The formula engine the fake computes cell values with (playground/formula). Kept behind this
 * module so the fake depends on exactly this interface.
 *
 * Until the evaluator branch is merged, formulas cannot be computed: every formula cell reports
 * `{ unsupported }` (shown as #UNSUPPORTED! and listed in `book.unsupported`), never a guess.
 */
import { Reference, rewriteReferences, formatReference, RefCorner } from "./references";
import { MAX_COLUMNS, MAX_ROWS } from "./a1";

export type FormulaValue =
  number | string | boolean | null | { readonly error: string } | { readonly unsupported: string };

/** What the evaluator may ask of the workbook; rows and columns are 0-based. */
export interface FormulaBook {
  value(sheet: string, row: number, column: number): FormulaValue;
  sheetNames(): string[];
  usedRows(sheet: string): number;
  name(scopeSheet: string, name: string): string | undefined;
}

export function evaluateFormula(
  formula: string,
  origin: { sheet: string; row: number; column: number },
  book: FormulaBook
): FormulaValue {
  void origin;
  void book;
  return { unsupported: `no formula evaluator yet: =${formula}` };
}

function shiftCorner(c: RefCorner, rowDelta: number, columnDelta: number): RefCorner | undefined {
  const row = c.row === undefined || c.rowAbsolute ? c.row : c.row + rowDelta;
  const column = c.column === undefined || c.columnAbsolute ? c.column : c.column + columnDelta;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  if (column !== undefined && (column < 0 || column >= MAX_COLUMNS)) return undefined;
  return { ...c, row, column };
}

/** The formula as a fill moves it: relative references shift, absolute ones stay. */
export function shiftFormula(formula: string, rowDelta: number, columnDelta: number): string {
  if (rowDelta === 0 && columnDelta === 0) return formula;
  return rewriteReferences(formula, (ref: Reference) => {
    const start = shiftCorner(ref.start, rowDelta, columnDelta);
    const end = ref.end === ref.start ? start : shiftCorner(ref.end, rowDelta, columnDelta);
    if (!start || !end) return "#REF!";
    return formatReference({ sheet: ref.sheet, start, end });
  });
}
