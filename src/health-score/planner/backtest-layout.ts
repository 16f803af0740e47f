/**
 * Where the back-test block and its bin helper block sit in the model panel (docs/health-score.md):
 * below the lowest 10 (the percentile grids live in helper columns of their own). The bins are a
 * helper block of their own (labelled, number-formatted), below the block and outside the print area.
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
  /** Helper block: score bins in the label column and the three next to it. */
  readonly binsTitle: number;
  readonly scoreBinsHeader: number;
  readonly scoreBinsFirst: number;
  /** Component bins per metric column: retained, churned and churned below, each with a label row. */
  readonly componentBlocks: readonly [number, number, number];
  readonly lastRow: number;
}

/** Columns of the score bins, relative to the label column. */
export const SCORE_BIN_COLUMN = { edge: 0, retained: 1, churned: 2, below: 3 } as const;

export function backtestRows(): BacktestRows {
  const title = ROW.gridTitle;
  const binsTitle = title + 13;
  const scoreBinsFirst = binsTitle + 2;
  // Each component block: a label row, then its 21 bins.
  const first = scoreBinsFirst + SCORE_BINS + 1;
  const step = COMPONENT_BINS + 1;
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
    binsTitle,
    scoreBinsHeader: binsTitle + 1,
    scoreBinsFirst,
    componentBlocks: [first, first + step, first + 2 * step],
    lastRow: first + 3 * step - 1,
  };
}
