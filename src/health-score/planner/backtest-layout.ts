/**
 * Where the back-test block sits in the model panel and where its bins sit in the helper columns
 * (docs/health-score.md, "The back-test"): the block below the lowest 10 (the percentile grids
 * live in helper columns of their own); the bins in six helper columns of their own, so they are
 * grouped, collapsed and left out of the print area like every other helper.
 */
import { ROW } from "./layout";

/** Score bins 0..100 (width 1); component bins 0, 0.05, …, 1 (width 0.05). */
export const SCORE_BINS = 101;
export const COMPONENT_BINS = 21;
export const COMPONENT_BIN_WIDTH = 0.05;

export interface BacktestRows {
  readonly title: number;
  readonly header: number;
  /** Green, Yellow, Red, then the total over the three. */
  readonly bands: number;
  readonly total: number;
  readonly lift: number;
  readonly auc: number;
  readonly metric: number;
  readonly weightShare: number;
  readonly metricAuc: number;
  readonly verdict: number;
}

export function backtestRows(): BacktestRows {
  const title = ROW.gridTitle;
  return {
    title,
    header: title + 1,
    bands: title + 2,
    total: title + 5,
    lift: title + 6,
    auc: title + 7,
    metric: title + 8,
    weightShare: title + 9,
    metricAuc: title + 10,
    verdict: title + 11,
  };
}

/**
 * The bin columns, relative to the first: each bin's lower edge; the retained and churned
 * accounts at or above it (one pass over the column each); from those, the retained and churned
 * in the bin (this row's count less the next row's) and the churned below it.
 */
export const BIN_COLUMN = {
  edge: 0,
  retainedFrom: 1,
  churnedFrom: 2,
  retained: 3,
  churned: 4,
  below: 5,
} as const;

/**
 * Rows of the bins: a title row (the score, or the metric's name), then its bins; the score's
 * block first, each metric's below. The row after a block's last bin has no counts, so the last
 * bin's count less the next row's is the count at or above its edge.
 */
export const binBlocks = (metrics: number): { title: number; first: number; bins: number }[] => {
  const score = { title: 2, first: 3, bins: SCORE_BINS };
  const step = COMPONENT_BINS + 1;
  const top = score.first + SCORE_BINS;
  return [
    score,
    ...Array.from({ length: metrics }, (_, k) => ({
      title: top + k * step,
      first: top + k * step + 1,
      bins: COMPONENT_BINS,
    })),
  ];
};
