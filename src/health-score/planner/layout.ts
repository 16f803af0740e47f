/**
 * Where everything goes on the score sheet (docs/health-score.md, "The account table", "The model
 * panel"): table columns, the model panel's columns, and its fixed rows.
 */
import { TrendSource } from "../config";

export const ROW = {
  title: 1,
  built: 2,
  source: 3,
  settings: 5,
  metric: 6,
  sourceRange: 7,
  direction: 8,
  normalisation: 9,
  bad: 10,
  good: 11,
  weight: 12,
  weightShare: 13,
  validValues: 14,
  min: 15,
  max: 16,
  status: 17,
  red: 19,
  green: 20,
  trendThreshold: 21,
  trendSource: 22,
  historySheet: 23,
  baselineSnapshot: 24,
  baselineFirstRow: 25,
  baselineRows: 26,
  summaryTitle: 28,
  summaryHeader: 29,
  /** Green, Yellow, Red, No data. */
  summaryBands: 30,
  summaryTotal: 34,
  average: 36,
  median: 37,
  declining: 38,
  revenueAtRisk: 39,
  lowestTitle: 41,
  lowestHeader: 42,
  lowestFirst: 43,
  lowestLast: 52,
  /** Min–max coefficients in the helper columns: component = (value − origin) / divisor. */
  minmaxOrigin: 2,
  minmaxDivisor: 3,
  /** Metric k's column in the history sheet, found by its name (trend source snapshots). */
  historyColumn: 4,
  /** Percentile flip and sign in the helper columns: component = flip + sign × X. */
  percentileFlip: 5,
  percentileSign: 6,
  gridTitle: 54,
  gridValuesLabel: 55,
  /** Rows of G_0..G_100; F and T follow at offsets GRID_OFFSET and 2·GRID_OFFSET. */
  gridFirst: 56,
  gridBelowLabel: 157,
  gridLastIndexLabel: 259,
} as const;

/** The back-test's bin helper columns (backtest-layout.ts says what each holds). */
export const BIN_COLUMNS = 6;

export const GRID_POINTS = 101;
export const GRID_OFFSET = 102;

export interface Layout {
  readonly accounts: number;
  readonly metrics: number;
  /** Last data row, N + 1. */
  readonly lastRow: number;
  /** Metric k's component, read from its source cell (the table has no raw-value copies). */
  readonly component: (k: number) => number;
  /** `{name} (points)`: metric k's share of the score. */
  readonly points: (k: number) => number;
  readonly score: number;
  readonly band: number;
  readonly biggestGap: number;
  readonly previous?: number;
  readonly change?: number;
  readonly trend?: number;
  /** Trend source snapshots ("What changed"): the metric whose points fell most, and that fall. */
  readonly mainChange?: number;
  readonly pointsChange?: number;
  readonly revenue?: number;
  /** The outcome as 1 (churned), 0 (stayed) or blank, when the back-test is written. */
  readonly outcome?: number;
  readonly lastColumn: number;
  /** Q0: the panel's label column; metric k (0-based) sits in Q0 + 1 + k. */
  readonly labels: number;
  readonly panel: (k: number) => number;
  /**
   * The helper columns, right of the panel with one column between: labels and the grid's j/100
   * constants, then metric k's min–max coefficients (rows 2–3) and percentile grid in
   * gridLabels + 1 + k. Columns of their own, so they can be grouped and collapsed without
   * hiding table or panel rows.
   */
  readonly gridLabels: number;
  readonly grid: (k: number) => number;
  /** Metric k's helper column of grid positions (percentile) right of the grid columns. */
  readonly match: (k: number) => number;
  /**
  /**
   * The helper column of each account's present weight (Σ w over its components), right of the
   * grid positions: computed once per row for the score and every points cell.
   */
  readonly presentWeight: number;
  /**
   * Trend source snapshots: helper columns right of the present weight holding each account's
   * row in the baseline snapshot and its largest fall of points (0 when none fell).
   */
  readonly baselineRow?: number;
  readonly largestFall?: number;
  /** With an outcome: the first of the back-test's bin columns (BIN_COLUMNS of them). */
  readonly backtestBins?: number;
  /** The last helper column. */
  readonly lastHelper: number;
}

/** Columns right of the panel's label column that the panel's blocks use (lowest 10: six). */
const PANEL_BLOCK_COLUMNS = 5;

export function layout(
  accounts: number,
  metrics: number,
  trendSource: TrendSource,
  hasRevenue: boolean,
  hasOutcome = false
): Layout {
  const score = 2 + 2 * metrics;
  const band = score + 1;
  const biggestGap = band + 1;
  let next = biggestGap + 1;
  const trendColumns = trendSource === "none" ? undefined : next;
  const snapshots = trendSource === "snapshots";
  if (trendColumns !== undefined) next += snapshots ? 5 : 3;
  const revenue = hasRevenue ? next++ : undefined;
  const outcome = hasOutcome ? next++ : undefined;
  const lastColumn = next - 1;
  const labels = lastColumn + 2;
  const gridLabels = labels + Math.max(metrics, PANEL_BLOCK_COLUMNS) + 2;
  const afterMatch = gridLabels + 1 + 2 * metrics;
  const beforeBins = snapshots ? afterMatch + 2 : afterMatch;
  const at = (offset: number) =>
    snapshots && trendColumns !== undefined ? trendColumns + offset : undefined;
  return {
    accounts,
    metrics,
    lastRow: accounts + 1,
    component: (k) => 2 + k,
    points: (k) => 2 + metrics + k,
    score,
    band,
    biggestGap,
    previous: trendColumns,
    change: trendColumns === undefined ? undefined : trendColumns + 1,
    trend: trendColumns === undefined ? undefined : trendColumns + 2,
    mainChange: at(3),
    pointsChange: at(4),
    revenue,
    outcome,
    lastColumn,
    labels,
    panel: (k) => labels + 1 + k,
    gridLabels,
    grid: (k) => gridLabels + 1 + k,
    match: (k) => gridLabels + 1 + metrics + k,
    presentWeight: afterMatch,
    baselineRow: snapshots ? afterMatch + 1 : undefined,
    largestFall: snapshots ? afterMatch + 2 : undefined,
    backtestBins: hasOutcome ? beforeBins + 1 : undefined,
    lastHelper: hasOutcome ? beforeBins + BIN_COLUMNS : beforeBins,
  };
}
