/**
 * Helper blocks (docs/health-score.md, "Helper columns"): cells that formulas need but people do
 * not read, such as the min–max coefficients, the percentile grid and its positions, and each
 * account's present weight. A block is a run of columns of its own; its first column holds its bold
 * label and stays visible, the rest is grouped and collapsed, and the whole block is left out of
 * the print area.
 */
import { Outline, Span } from "../plan";
import { Layout } from "./layout";

/** Columns of each helper block, its label column first. */
export interface HelperBlocks {
  readonly columns: readonly Span[];
}

/** Every sheet has one: the score and points read the present-weight column. */
export const helperBlocks = (l: Layout): HelperBlocks => ({
  columns: [{ first: l.gridLabels, last: l.lastHelper }],
});

/** The columns after each label column, grouped and collapsed. */
export const helperOutline = (blocks: HelperBlocks): Outline => ({
  columns: blocks.columns.map((s) => ({ first: s.first + 1, last: s.last })),
});

/** The label column as wide as the panel's labels; grid values as wide as the table's numbers. */
export const helperWidths = (blocks: HelperBlocks): { column: number; width: number }[] =>
  blocks.columns.flatMap((s) =>
    Array.from({ length: s.last - s.first + 1 }, (_, i) => ({
      column: s.first + i,
      width: i === 0 ? 24 : 12,
    }))
  );
