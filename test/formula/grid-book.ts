/** A FormulaBook over constant cells, for unit cases: sheets as rows from A1, names by scope. */
import { FormulaBook, FormulaValue, evaluateFormula } from "../../src/formula";

export type Grid = Record<string, readonly (readonly FormulaValue[])[]>;

export function gridBook(sheets: Grid, names: Record<string, string> = {}): FormulaBook {
  return {
    value: (sheet, row, column) => sheets[sheet]?.[row - 1]?.[column - 1] ?? null,
    sheetNames: () => Object.keys(sheets),
    usedRows: (sheet) => sheets[sheet]?.length ?? 0,
    name: (_scope, name) => names[name],
  };
}

/** Evaluates `formula` as if written in `cell` (default Mixed!Z1) of the book. */
export function evaluateIn(
  book: FormulaBook,
  formula: string,
  cell: { sheet: string; row: number; column: number } = { sheet: "Mixed", row: 1, column: 26 }
): FormulaValue {
  return evaluateFormula(formula, cell, book);
}
