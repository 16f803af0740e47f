/** The acceptance examples of spec §13 as workbooks in memory, with their configs. */
import {
  HealthScoreConfig,
  PlanSources,
  SheetCells,
  SourceValue,
  resolveRanges,
} from "../../src/health-score";

export interface MemorySheet {
  readonly name: string;
  /** Rows from row 1, columns from A. */
  readonly rows: readonly (readonly SourceValue[])[];
}

export const sheetCells = (sheet: MemorySheet): SheetCells => ({
  name: sheet.name,
  lastRow: sheet.rows.length,
  value: (row, column) => sheet.rows[row - 1]?.[column - 1] ?? null,
});

export function memorySources(
  config: HealthScoreConfig,
  sheets: readonly MemorySheet[],
  extra: Partial<PlanSources> = {}
): PlanSources {
  return {
    ranges: resolveRanges(config, sheets.map(sheetCells)),
    sheets: sheets.map((s) => ({ name: s.name })),
    structureProtected: false,
    buildId: "0123456789ab",
    builtAt: 46351.5,
    productVersion: "0.1.0",
    ...extra,
  };
}

/** §13.1: 6 accounts × 3 metrics, previous score and revenue. */
export const MINMAX_SHEET: MemorySheet = {
  name: "Accounts",
  rows: [
    ["id", "Usage minutes", "Support tickets", "NPS", "Previous score", "ARR"],
    ["A-101", 1200, 2, 9, 80, 120000],
    ["A-102", 300, 8, 6, 55, 45000],
    ["A-103", null, 1, 10, 70, 80000],
    ["A-104", 950, "n/a", 7, 90, 60000],
    ["A-105", 50, 12, 3, 30, 25000],
    ["A-106", 640, 5, 8, null, 150000],
  ],
};

export const MINMAX_CONFIG: HealthScoreConfig = {
  version: 1,
  ids: { range: "Accounts!A1:A7" },
  metrics: [
    { range: "Accounts!B1:B7", normalisation: "minmax", weight: 50 },
    { range: "Accounts!C1:C7", normalisation: "minmax", direction: "lower", weight: 20 },
    { range: "Accounts!D1:D7", name: "NPS", normalisation: "minmax", weight: 30 },
  ],
  previousScore: { range: "Accounts!E1:E7" },
  revenue: { range: "Accounts!F1:F7" },
};

/** §13.2: one percentile metric. */
export const percentileSheet = (values: readonly SourceValue[]): MemorySheet => ({
  name: "Data",
  rows: [["id", "Usage"], ...values.map((v, i) => [`C-${i + 1}`, v])],
});

export const percentileConfig = (
  rows: number,
  direction: "higher" | "lower"
): HealthScoreConfig => ({
  version: 1,
  ids: { range: `Data!A1:A${rows + 1}` },
  metrics: [{ range: `Data!B1:B${rows + 1}`, normalisation: "percentile", direction }],
  trendSource: "none",
});

/** §13.3: thresholds, tickets bad 10 good 0 and usage bad 2 good 10. */
export const THRESHOLD_SHEET: MemorySheet = {
  name: "T",
  rows: [
    ["id", "Support tickets", "Usage"],
    ["T-1", 0, 0],
    ["T-2", 2, 2],
    ["T-3", 5, 5],
    ["T-4", 10, 10],
    ["T-5", 12, 12],
    ["T-6", "x", 5],
  ],
};

export const THRESHOLD_CONFIG: HealthScoreConfig = {
  version: 1,
  ids: { range: "T!A1:A7" },
  metrics: [
    { range: "T!B1:B7", normalisation: "thresholds", bad: 10, good: 0 },
    { range: "T!C1:C7", normalisation: "thresholds", bad: 2, good: 10 },
  ],
  trendSource: "none",
};

/** §15's outcome for 13.1's accounts A-101…A-106 (1 churned, 0 stayed). */
export const OUTCOME_13_1 = [0, 1, 0, 1, 1, 0] as const;

/** §13.1's sheet with §15's outcome in G ("Churned"), and 13.1's config reading it. */
export const OUTCOME_SHEET: MemorySheet = {
  name: "Accounts",
  rows: MINMAX_SHEET.rows.map((row, i) => [...row, i === 0 ? "Churned" : OUTCOME_13_1[i - 1]]),
};
export const OUTCOME_CONFIG: HealthScoreConfig = {
  ...MINMAX_CONFIG,
  outcome: { range: "Accounts!G1:G7" },
};

/**
 * §14 and §15's exact values on 13.1's data with that outcome, where the layout puts them: E–G
 * points, J Biggest gap; outcome in O, panel labels Q, metrics R–T, back-test rows 54–65.
 */
export const ACCEPTANCE_14_15: Readonly<Record<string, number | string>> = {
  E3: 10.8695652173913,
  F3: 7.27272727272727,
  G3: 12.8571428571429,
  E5: 48.9130434782609,
  G5: 21.4285714285714,
  J3: "Usage minutes",
  J5: "NPS",
  R56: 3,
  S56: 1,
  T56: 1 / 3,
  R57: 1,
  S57: 0,
  T57: 0,
  R58: 2,
  S58: 2,
  T58: 1,
  R60: 3,
  R61: 8 / 9,
  R64: 5 / 6,
  S64: 1,
  T64: 1,
  R65: "Too few outcomes to judge",
};
