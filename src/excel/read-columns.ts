/**
 * Reads single columns of cells in row chunks (docs/health-score.md, "The Excel writer"): each
 * `context.sync()` reads at most the rows `read-chunks` allows, several short columns share one
 * sync, and a read that Excel refuses for its response size is retried with half the rows.
 */
import type { ExcelContext, ExcelWorksheet } from "./excel-surface";
import { SourceValue } from "../health-score";
import { sourceValue } from "./cell-values";
import {
  ASSUMED_BYTES_PER_CELL,
  PendingColumn,
  Segment,
  afterBatch,
  chunkRows,
  measuredBytesPerCell,
  nextBatch,
} from "./read-chunks";

/** One column: sheet name, 0-based first row and column, number of rows. */
export interface ColumnRead {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
}

const encoder = new TextEncoder();
const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

const isPayloadLimit = (error: unknown): boolean =>
  /PayloadSizeLimitExceeded/.test(String((error as { code?: unknown })?.code ?? ""));

/** The values of every column of `reads`, in order. */
export async function readColumns(
  context: ExcelContext,
  reads: readonly ColumnRead[]
): Promise<SourceValue[][]> {
  const columns: SourceValue[][] = reads.map(() => []);
  const sheets = new Map<string, ExcelWorksheet>();
  const sheet = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, context.workbook.worksheets.getItem(name));
    return sheets.get(name) as ExcelWorksheet;
  };
  let pending: PendingColumn[] = reads.map((r, key) => ({ key, rows: r.rows, done: 0 }));
  pending = pending.filter((p) => p.rows > 0);
  let budget = chunkRows(1, ASSUMED_BYTES_PER_CELL);
  while (pending.length > 0) {
    const batch = nextBatch(pending, budget);
    const cells = batch.reduce((sum, s) => sum + s.rows, 0);
    const ranges = batch.map((s) => {
      const r = reads[s.key];
      return sheet(r.sheet)
        .getRangeByIndexes(r.row + s.offset, r.column, s.rows, 1)
        .load("values, valueTypes");
    });
    try {
      // One sync per chunk is the point: a single sync would exceed Excel's payload limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || cells === 1) throw error;
      budget = Math.ceil(cells / 2);
      continue;
    }
    const bytes = batch.reduce((sum, s: Segment, i) => {
      const { values, valueTypes } = ranges[i];
      const column = columns[s.key];
      for (let j = 0; j < s.rows; j++) column.push(sourceValue(values[j][0], valueTypes[j][0]));
      return sum + jsonBytes(values) + jsonBytes(valueTypes);
    }, 0);
    budget = chunkRows(1, measuredBytesPerCell(bytes, cells));
    pending = afterBatch(pending, batch);
  }
  return columns;
}
