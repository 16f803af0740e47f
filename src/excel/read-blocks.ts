/**
 * Reads rectangles of cells (`formulas`, `values`) in row chunks within the 5 MB response limit:
 * each sync reads at most the rows `read-chunks` allows for the rectangle's width at the density
 * measured so far, and a read Excel refuses for its size is retried with half the rows.
 */
import type { ExcelContext } from "./excel-surface";
import { ASSUMED_BYTES_PER_CELL, chunkRows, measuredBytesPerCell } from "./read-chunks";

export type BlockProperty = "formulas" | "values";

export interface Block {
  readonly sheet: string;
  /** 0-based first row and column. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A chunk as read: its first row (0-based) and each property's rows. */
export interface BlockChunk {
  readonly row: number;
  readonly data: Readonly<Record<BlockProperty, unknown[][]>>;
}

const encoder = new TextEncoder();
const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

export const isPayloadLimit = (error: unknown): boolean =>
  /PayloadSizeLimitExceeded/.test(String((error as { code?: unknown })?.code ?? ""));

/**
 * Reads `block` chunk by chunk, handing each to `take` (so a large sheet is never held twice);
 * `between` runs before each sync (progress, Cancel). Returns the number of syncs.
 */
export async function readBlock(
  context: ExcelContext,
  block: Block,
  properties: readonly BlockProperty[],
  take: (chunk: BlockChunk) => void,
  between: () => void = () => undefined
): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(block.sheet);
  const width = block.columns * properties.length;
  let budget = chunkRows(width, ASSUMED_BYTES_PER_CELL);
  let done = 0;
  let syncs = 0;
  while (done < block.rows) {
    between();
    const rows = Math.min(budget, block.rows - done);
    const range = sheet
      .getRangeByIndexes(block.row + done, block.column, rows, block.columns)
      .load(properties.join(", "));
    try {
      syncs++;
      // One sync per chunk is the point: a single sync would exceed Excel's payload limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || rows === 1) throw error;
      budget = Math.ceil(rows / 2);
      continue;
    }
    const data = Object.fromEntries(properties.map((p) => [p, range[p] as unknown[][]]));
    take({ row: block.row + done, data: data as BlockChunk["data"] });
    const bytes = properties.reduce((sum, p) => sum + jsonBytes(data[p]), 0);
    budget = chunkRows(width, measuredBytesPerCell(bytes, rows * width));
    done += rows;
  }
  return syncs;
}
