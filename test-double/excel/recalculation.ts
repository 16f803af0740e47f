/**
 * Recalculation in the fake: a formula cell's value is computed on demand by src/formula and
 * kept per column until the workbook's revision moves; circular references and formulas the
 * engine cannot compute are recorded in `unsupportedByCell`, never guessed.
 */
import { MAX_COLUMNS, formatArea } from "./a1";
import { isFormula } from "./cells";
import {
  FormulaBook,
  FormulaValue,
  coreFunctionValue,
  evaluateFormula,
  shiftFormula,
} from "./formulas";
import type { SheetModel, WorkbookModel } from "./model";

interface Evaluation {
  /** Cells being evaluated, per sheet, to catch circular references. */
  readonly evaluating: Map<SheetModel, Set<number>>;
  readonly formulaBook: FormulaBook;
}

const evaluations = new WeakMap<WorkbookModel, Evaluation>();

function evaluationOf(book: WorkbookModel): Evaluation {
  let evaluation = evaluations.get(book);
  if (!evaluation) {
    evaluation = { evaluating: new Map(), formulaBook: formulaBookOf(book) };
    evaluations.set(book, evaluation);
  }
  return evaluation;
}

/** The computed value of a cell: its constant, or its formula's result (null = empty). */
export function computedValue(
  book: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number
): FormulaValue {
  const col = sheet.columns.get(column);
  if (!col) return null;
  const explicit = col.cells.get(row);
  const fill = explicit === undefined ? col.fillAt(row) : undefined;
  const content = explicit ?? fill?.content;
  if (content === undefined) return null;
  if (!isFormula(content)) return content;
  if (col.computedRevision !== book.revision) {
    col.computed.clear();
    col.computedRevision = book.revision;
  }
  const hit = col.computed.get(row);
  if (hit !== undefined) return hit;
  const anchor = fill && { row: fill.anchorRow, column: fill.anchorColumn };
  const value = evaluate(book, sheet, row, column, content.formula, anchor);
  col.computed.set(row, value);
  return value;
}

/** Evaluates `formula`, written in `anchor` when the cell is part of a fill. */
function evaluate(
  book: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  formula: string,
  anchor?: { row: number; column: number }
): FormulaValue {
  const { evaluating: bySheet, formulaBook } = evaluationOf(book);
  const address = () => formatArea({ top: row, bottom: row, left: column, right: column });
  const where = row * MAX_COLUMNS + column;
  let evaluating = bySheet.get(sheet);
  if (!evaluating) {
    evaluating = new Set();
    bySheet.set(sheet, evaluating);
  }
  if (evaluating.has(where)) {
    recordUnsupported(book, sheet, address(), formula, "circular reference");
    return { error: "#CYCLE!" };
  }
  evaluating.add(where);
  let value: FormulaValue;
  try {
    value = evaluateFormula(
      formula.slice(1),
      {
        sheet: sheet.name,
        row: row + 1,
        column: column + 1,
        anchor: anchor && { row: anchor.row + 1, column: anchor.column + 1 },
      },
      formulaBook
    );
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    value = { unsupported: "formula chain too deep for the fake's recursive evaluation" };
  } finally {
    evaluating.delete(where);
  }
  if (value !== null && typeof value === "object" && "unsupported" in value) {
    const text = anchor ? shiftFormula(formula, row - anchor.row, column - anchor.column) : formula;
    recordUnsupported(book, sheet, address(), text, value.unsupported);
  }
  return value;
}

function recordUnsupported(
  book: WorkbookModel,
  sheet: SheetModel,
  address: string,
  formula: string,
  reason: string
): void {
  const key = `${sheet.id}!${address}`;
  book.unsupportedByCell.set(key, { sheet: sheet.name, address, formula, reason });
}

/** The workbook as the evaluator sees it (rows and columns from 1). */
function formulaBookOf(book: WorkbookModel): FormulaBook {
  return {
    value: (sheetName, row, column) => {
      const sheet = book.sheet(sheetName);
      return sheet ? computedValue(book, sheet, row - 1, column - 1) : { error: "#REF!" };
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    usedRows: (sheetName) => book.sheet(sheetName)?.usedRows() ?? 0,
    name: (scope, name) => book.sheet(scope)?.findName(name)?.formula.replace(/^=/, ""),
    revision: () => book.revision,
    // CS.* cells compute as in Excel with the add-in loaded: the formula core behind them.
    csFunction: (id, args) => coreFunctionValue(id, args),
  };
}
