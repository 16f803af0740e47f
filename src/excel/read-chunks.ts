/**
 * How many rows one `context.sync()` may read (docs/health-score.md, "The Excel writer"): at most
 * 5,000,000 cells (above that Office.js may answer null instead of throwing) and about 4 MB of JSON
 * (a margin under Excel on the web's 5 MB response limit). The size of text cells is unknown before
 * reading, so the first read assumes a typical density and later reads use the density measured so
 * far.
 */
export const MAX_CELLS_PER_READ = 5_000_000;
export const MAX_READ_BYTES = 4_000_000;
/** `values` + `valueTypes` JSON of one cell before anything is measured (a 17-digit number). */
export const ASSUMED_BYTES_PER_CELL = 40;
/** Measured densities are padded so a somewhat denser next chunk still fits. */
const SAFETY = 1.25;

/** Rows per read for a block `columns` wide at `bytesPerCell` of response JSON. */
export function chunkRows(columns: number, bytesPerCell = ASSUMED_BYTES_PER_CELL): number {
  const byCells = Math.floor(MAX_CELLS_PER_READ / columns);
  const byBytes = Math.floor(MAX_READ_BYTES / (columns * bytesPerCell));
  return Math.max(1, Math.min(byCells, byBytes));
}

/** The density to plan the next read with, after `bytes` of JSON came back for `cells` cells. */
export function measuredBytesPerCell(bytes: number, cells: number): number {
  return Math.max(ASSUMED_BYTES_PER_CELL / 4, (bytes / Math.max(1, cells)) * SAFETY);
}

/** Rows still to read from one column; `done` counts from its first row. */
export interface PendingColumn {
  readonly key: number;
  readonly rows: number;
  readonly done: number;
}

export interface Segment {
  readonly key: number;
  /** 0-based offset from the column's first row. */
  readonly offset: number;
  readonly rows: number;
}

/**
 * The next read: segments taken in order from the pending single-column reads until `budget`
 * rows are used, so many short ranges share one sync and a long one is split.
 */
export function nextBatch(pending: readonly PendingColumn[], budget: number): Segment[] {
  const batch: Segment[] = [];
  let left = budget;
  for (const column of pending) {
    if (left <= 0) break;
    const rows = Math.min(column.rows - column.done, left);
    if (rows <= 0) continue;
    batch.push({ key: column.key, offset: column.done, rows });
    left -= rows;
  }
  return batch;
}

/** The pending reads once `batch` has been read. */
export function afterBatch(
  pending: readonly PendingColumn[],
  batch: readonly Segment[]
): PendingColumn[] {
  const read = new Map(batch.map((s) => [s.key, s.rows]));
  return pending
    .map((p) => ({ ...p, done: p.done + (read.get(p.key) ?? 0) }))
    .filter((p) => p.done < p.rows);
}
