/**
 * A tiny FormulaBook over a SheetPlan and its source sheets, for tests: formula cells are
 * evaluated on first read and remembered; fills become one formula per row, either as the
 * anchor's text evaluated through `anchor` or as the text shiftFormula writes.
 */
import { SheetPlan, SourceValue } from "../../../src/health-score";
import {
  evaluateFormula,
  FormulaBook,
  FormulaValue,
  shiftFormula,
} from "../../../playground/formula";
import { MemorySheet } from "../../health-score/fixtures";

interface BookCell {
  readonly value?: SourceValue;
  readonly formula?: string;
  readonly anchor?: { readonly row: number; readonly column: number };
}

const key = (row: number, column: number): number => row * 16_384 + column;

export type FillMode = "anchor" | "shifted text";

export class PlanBook implements FormulaBook {
  private readonly cells = new Map<string, Map<number, BookCell>>();
  private readonly used = new Map<string, number>();
  private readonly names = new Map<string, Map<string, string>>();
  private readonly computed = new Map<string, Map<number, FormulaValue>>();
  private readonly computing = new Set<string>();
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
    this.computed.clear();
    this.edits++;
  }

  value(sheet: string, row: number, column: number): FormulaValue {
    const cell = this.cells.get(sheet)?.get(key(row, column));
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    let memo = this.computed.get(sheet);
    if (!memo) this.computed.set(sheet, (memo = new Map()));
    const k = key(row, column);
    const known = memo.get(k);
    if (known !== undefined) return known;
    const id = `${sheet}!${k}`;
    if (this.computing.has(id)) throw new Error(`circular reference at ${sheet} R${row}C${column}`);
    this.computing.add(id);
    this.evaluations++;
    const origin = { sheet, row, column, anchor: cell.anchor };
    const v = evaluateFormula(cell.formula, origin, this);
    this.computing.delete(id);
    memo.set(k, v);
    return v;
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

  /** Every formula cell of a sheet as [row, column]. */
  formulaCells(sheet: string): [number, number][] {
    return [...(this.cells.get(sheet) ?? new Map<number, BookCell>()).entries()]
      .filter(([, c]) => c.formula !== undefined)
      .map(([k]) => [Math.floor(k / 16_384), k % 16_384]);
  }
}
