/**
 * The cell contents of one column, compact enough for 100,000-row fills: explicit cells in a
 * sparse map, and fills (one anchor content copied down a row span, formulas shifted as a fill
 * shifts them) materialised only when a cell is read.
 */
import { FormulaValue, shiftFormula } from "./formulas";

export type ErrorValue = { readonly error: string };
export type FormulaContent = { readonly formula: string };
/** What a cell holds: a constant, or a formula (text with its leading "="). */
export type Content = number | string | boolean | ErrorValue | FormulaContent;

export const isFormula = (c: Content | undefined): c is FormulaContent =>
  typeof c === "object" && c !== null && "formula" in c;
export const isError = (c: unknown): c is ErrorValue =>
  typeof c === "object" && c !== null && "error" in c;

/** Rows `top..bottom` hold `content` as copied from (`anchorRow`, `anchorColumn`). */
export interface Fill {
  readonly top: number;
  readonly bottom: number;
  readonly content: Content;
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export class Column {
  readonly cells = new Map<number, Content>();
  /** Sorted by `top`, never overlapping. */
  fills: Fill[] = [];
  private lastRow: number | undefined;
  /** Formula results by row, valid while `computedRevision` is the workbook's revision. */
  readonly computed = new Map<number, FormulaValue>();
  computedRevision = -1;

  constructor(readonly index: number) {}

  get(row: number): Content | undefined {
    const explicit = this.cells.get(row);
    if (explicit !== undefined) return explicit;
    const fill = this.fillAt(row);
    return fill && contentOf(fill, row, this.index);
  }

  fillAt(row: number): Fill | undefined {
    const fills = this.fills;
    let lo = 0;
    let hi = fills.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = fills[mid];
      if (row < f.top) hi = mid - 1;
      else if (row > f.bottom) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  /** Empties rows `top..bottom`. */
  clear(top: number, bottom: number): void {
    if (this.cells.size < bottom - top + 1) {
      for (const row of [...this.cells.keys()])
        if (row >= top && row <= bottom) this.cells.delete(row);
    } else {
      for (let row = top; row <= bottom; row++) this.cells.delete(row);
    }
    const kept: Fill[] = [];
    for (const f of this.fills) {
      if (f.bottom < top || f.top > bottom) kept.push(f);
      else {
        if (f.top < top) kept.push({ ...f, bottom: top - 1 });
        if (f.bottom > bottom) kept.push({ ...f, top: bottom + 1 });
      }
    }
    this.fills = kept;
    this.lastRow = undefined;
  }

  set(row: number, content: Content | undefined): void {
    if (this.fillAt(row)) this.clear(row, row);
    if (content === undefined || content === "") this.cells.delete(row);
    else this.cells.set(row, content);
    this.lastRow = undefined;
  }

  fill(fill: Fill): void {
    this.clear(fill.top, fill.bottom);
    this.fills.push(fill);
    this.fills.sort((a, b) => a.top - b.top);
  }

  /** The last row with content, -1 when the column is empty. */
  bottom(): number {
    if (this.lastRow === undefined) {
      let last = -1;
      for (const row of this.cells.keys()) if (row > last) last = row;
      for (const f of this.fills) if (f.bottom > last) last = f.bottom;
      this.lastRow = last;
    }
    return this.lastRow;
  }

  /** The first row with content, or undefined. */
  top(): number | undefined {
    let first: number | undefined;
    for (const row of this.cells.keys()) if (first === undefined || row < first) first = row;
    if (this.fills.length > 0 && (first === undefined || this.fills[0].top < first)) {
      first = this.fills[0].top;
    }
    return first;
  }

  /** Every row with content, ascending (fills expanded). */
  rows(): number[] {
    const rows = new Set<number>(this.cells.keys());
    for (const f of this.fills) for (let r = f.top; r <= f.bottom; r++) rows.add(r);
    return [...rows].sort((a, b) => a - b);
  }

  /** Moves explicit cells at or below `at` down by `count` (fills must be materialised first). */
  moveRows(at: number, count: number, limit: number): void {
    const moved = [...this.cells].map(([row, c]) => [row >= at ? row + count : row, c] as const);
    this.cells.clear();
    for (const [row, c] of moved) if (row < limit) this.cells.set(row, c);
    this.lastRow = undefined;
  }

  /** Turns every fill into explicit cells (before edits a fill cannot represent). */
  materialise(): void {
    const fills = this.fills;
    this.fills = [];
    for (const f of fills) {
      for (let r = f.top; r <= f.bottom; r++) this.cells.set(r, contentOf(f, r, this.index));
    }
  }
}

/** The content a fill gives the cell at (`row`, `column`). */
export function contentOf(fill: Fill, row: number, column: number): Content {
  const c = fill.content;
  return isFormula(c)
    ? { formula: shiftFormula(c.formula, row - fill.anchorRow, column - fill.anchorColumn) }
    : c;
}
