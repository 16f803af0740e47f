/**
 * A parsed .csv held column by column: numbers in a Float64Array per column, everything else
 * (text) in a sparse array beside it, blanks as neither. A million rows × 13 columns of boxed row
 * arrays cost over half a gigabyte; as typed columns they cost about 8 bytes a cell.
 */
import { SourceValue } from "../health-score";

const INITIAL_ROWS = 1024;

export class CsvColumns {
  private rowCount = 0;
  /** NaN where the cell is not a number (a .csv never yields NaN as a value). */
  private numbers: Float64Array[] = [];
  /** Text cells by row; holes are blanks or numbers. */
  private readonly texts: string[][] = [];

  get rows(): number {
    return this.rowCount;
  }

  get columns(): number {
    return this.numbers.length;
  }

  /** Appends one line's values (a blank line is `[null]`). */
  push(record: readonly SourceValue[]): void {
    const row = this.rowCount++;
    let capacity = this.numbers[0]?.length ?? INITIAL_ROWS;
    if (row >= capacity) {
      capacity *= 2;
      this.numbers = this.numbers.map((c) => grown(c, capacity));
    }
    while (this.numbers.length < record.length) {
      this.numbers.push(new Float64Array(capacity).fill(NaN));
      this.texts.push([]);
    }
    for (let c = 0; c < record.length; c++) {
      const value = record[c];
      if (typeof value === "number") this.numbers[c][row] = value;
      else if (typeof value === "string") this.texts[c][row] = value;
    }
  }

  /** Drops the spare capacity once every line is in. */
  trim(): this {
    this.numbers = this.numbers.map((c) => c.slice(0, this.rowCount));
    return this;
  }

  /** 0-based row and column; blank outside the table. */
  value(row: number, column: number): number | string | null {
    const numbers = this.numbers[column];
    if (!numbers || row < 0 || row >= this.rowCount) return null;
    const n = numbers[row];
    return Number.isNaN(n) ? (this.texts[column][row] ?? null) : n;
  }
}

function grown(column: Float64Array, length: number): Float64Array {
  const next = new Float64Array(length).fill(NaN);
  next.set(column);
  return next;
}
