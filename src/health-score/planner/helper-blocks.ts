/**
 * Helper blocks (spec §16): cells that formulas need but people do not read, such as the
 * min–max coefficients, the percentile grid and its positions. A block is a run of columns of its own; its first column holds its bold label
 * and stays visible, the rest is grouped and collapsed, and the whole block is left out of the
 * print area.
 */
import { Outline, Span } from "../plan";
import { Layout } from "./layout";

/** Columns of each helper block, its label column first. */
export interface HelperBlocks {
  readonly columns: readonly Span[];
}

/**
 * `needed`: some metric uses min–max or percentile, whose components read helper columns, or
 * the trend reads snapshots through them.
 */
export const helperBlocks = (l: Layout, needed: boolean): HelperBlocks => ({
  columns: needed ? [{ first: l.gridLabels, last: l.lastHelper }] : [],
});

/** The columns after each label column, grouped and collapsed. */
export const helperOutline = (blocks: HelperBlocks): Outline => ({
  columns: blocks.columns.map((s) => ({ first: s.first + 1, last: s.last })),
});

/** The label column as wide as the panel's labels; grid values as wide as raw values. */
export const helperWidths = (blocks: HelperBlocks): { column: number; width: number }[] =>
  blocks.columns.flatMap((s) =>
    Array.from({ length: s.last - s.first + 1 }, (_, i) => ({
      column: s.first + i,
      width: i === 0 ? 24 : 12,
    }))
  );
