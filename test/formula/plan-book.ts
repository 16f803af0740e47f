/**
 * A tiny FormulaBook over a SheetPlan and its source sheets, for tests: formula cells are
 * evaluated on first read and remembered; fills become one formula per row, either as the
 * anchor's text evaluated through `anchor` or as the text shiftFormula writes.
 */
import { SheetPlan, SourceValue } from "../../src/health-score";
import { evaluateFormula, FormulaBook, FormulaValue, shiftFormula } from "../../src/formula";
import { MemorySheet } from "../health-score/fixtures";

interface BookCell {
  readonly value?: SourceValue;
  readonly formula?: string;
  readonly anchor?: { readonly row: number; readonly column: number };
  /** A formula's value, valid while the book's edit count is `computedAt`. */
  computed?: FormulaValue;
  computedAt?: number;
}

const key = (row: number, column: number): number => row * 16_384 + column;

export type FillMode = "anchor" | "shifted text";

export class PlanBook implements FormulaBook {
  private readonly cells = new Map<string, Map<number, BookCell>>();
  private readonly used = new Map<string, number>();
  private readonly names = new Map<string, Map<string, string>>();
  private readonly computing = new Set<BookCell>();
  private edits = 0;
  /** Formula evaluations so far. */
  evaluations = 0;

  constructor(
    plan: SheetPlan,
    sources: readonly MemorySheet[],
    fillMode: FillMode = "anchor",
    withRevision = true
  ) {
    if (withRevision) this.revision = () => this.edits;
    for (const sheet of sources)
      sheet.rows.forEach((row, r) =>
        row.forEach((value, c) => this.set(sheet.name, r + 1, c + 1, { value }))
      );
    for (const sheet of plan.sheets) {
      this.sheetCells(sheet.name);
      for (const c of sheet.cells)
        this.set(
          sheet.name,
          c.row,
          c.column,
          c.formula !== undefined ? { formula: c.formula } : { value: c.value ?? null }
        );
      for (const f of sheet.fills)
        for (let row = f.firstRow; row <= f.lastRow; row++)
          this.set(
            sheet.name,
            row,
            f.column,
            fillMode === "anchor"
              ? { formula: f.formula, anchor: { row: f.firstRow, column: f.column } }
              : { formula: shiftFormula(f.formula, row - f.firstRow, 0) }
          );
      this.names.set(
        sheet.name.toLowerCase(),
        new Map(sheet.names.map((n) => [n.name.toLowerCase(), n.formula]))
      );
    }
  }

  private sheetCells(sheet: string): Map<number, BookCell> {
    let cells = this.cells.get(sheet);
    if (!cells) {
      cells = new Map();
      this.cells.set(sheet, cells);
      this.used.set(sheet, 0);
    }
    return cells;
  }

  /** Writes a constant (a test's edit, e.g. finance changing a weight); forgets computed values. */
  set(sheet: string, row: number, column: number, cell: BookCell): void {
    this.sheetCells(sheet).set(key(row, column), cell);
    this.used.set(sheet, Math.max(this.used.get(sheet) ?? 0, row));
    this.edits++;
  }

  value(sheet: string, row: number, column: number): FormulaValue {
    const cell = this.cells.get(sheet)?.get(key(row, column));
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    if (cell.computedAt === this.edits) return cell.computed as FormulaValue;
    if (this.computing.has(cell))
      throw new Error(`circular reference at ${sheet} R${row}C${column}`);
    this.computing.add(cell);
    this.evaluations++;
    const value = evaluateFormula(cell.formula, { sheet, row, column, anchor: cell.anchor }, this);
    this.computing.delete(cell);
    cell.computed = value;
    cell.computedAt = this.edits;
    return value;
  }

  sheetNames(): string[] {
    return [...this.cells.keys()];
  }

  usedRows(sheet: string): number {
    return this.used.get(sheet) ?? 0;
  }

  name(scopeSheet: string, name: string): string | undefined {
    return this.names.get(scopeSheet.toLowerCase())?.get(name.toLowerCase());
  }

  revision?: () => number;

  /** Every cell of a sheet that holds something, as [row, column, isFormula]. */
  cellsOf(sheet: string): [number, number, boolean][] {
    return [...(this.cells.get(sheet) ?? new Map<number, BookCell>()).entries()].map(([k, c]) => [
      Math.floor(k / 16_384),
      k % 16_384,
      c.formula !== undefined,
    ]);
  }
}
