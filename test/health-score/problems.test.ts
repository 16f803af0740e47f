/** Every problem code of spec §4, with its localised message and role. */
import { HealthScoreConfig, PlanSources, ProblemCode } from "../../src/health-score";
import { MemorySheet, MINMAX_CONFIG, MINMAX_SHEET } from "./fixtures";
import { problems } from "./plan-support";

const base = MINMAX_CONFIG;
const withMetrics = (metrics: HealthScoreConfig["metrics"]): HealthScoreConfig => ({
  ...base,
  metrics,
});
const withSheet = (edit: (rows: unknown[][]) => void): MemorySheet => {
  const rows = MINMAX_SHEET.rows.map((r) => [...r]);
  edit(rows);
  return { name: "Accounts", rows: rows as MemorySheet["rows"] };
};
const twelve = Array.from({ length: 13 }, (_, k) => ({ range: "Accounts!D1:D7", name: `M${k}` }));

interface Case {
  readonly code: ProblemCode;
  readonly config?: HealthScoreConfig;
  readonly sheet?: MemorySheet;
  readonly extra?: Partial<PlanSources>;
  readonly message: string;
  readonly label?: string;
}

const CASES: Case[] = [
  { code: "E01", config: { ...base, ids: undefined }, message: "Choose the account-id column." },
  { code: "E02", config: withMetrics([]), message: "Add at least one metric column." },
  { code: "E03", config: withMetrics(twelve), message: "You can use at most 12 metrics." },
  {
    code: "E04",
    config: withMetrics([{ range: "Accounts!B1:C7" }]),
    message: "Usage minutes must be a single column; Accounts!B1:C7 has 2 columns.",
    label: 'Metrics[1] "Usage minutes"',
  },
  {
    code: "E05",
    config: withMetrics([{ range: "Accounts!B1:B3,Accounts!B5:B7", name: "Usage" }]),
    message: "Usage must be one block of cells.",
  },
  {
    code: "E06",
    config: withMetrics([{ range: "Accounts!B1:B1", header: true }]),
    message: "Usage minutes has no data rows.",
  },
  {
    code: "E07",
    config: {
      ...base,
      ids: { range: "Accounts!A1:A1048576", header: false },
      metrics: [{ range: "Accounts!B1:B1048576", header: false, name: "Usage" }],
    },
    sheet: { name: "Accounts", rows: Array.from({ length: 1_048_576 }, (_, i) => [i, 1]) },
    message: "Usage has 1048576 rows; at most 1,048,575 accounts fit.",
  },
  {
    code: "E08",
    config: withMetrics([{ range: "Accounts!B1:B6", name: "Usage" }]),
    message: "Usage has 5 data rows but the account ids have 6.",
    label: 'Metrics[1] "Usage"',
  },
  {
    code: "E09",
    sheet: withSheet((r) => ((r[3][0] = null), (r[5][0] = null))),
    message: "2 account ids are blank (first at Accounts!A4).",
  },
  {
    code: "E10",
    sheet: withSheet((r) => ((r[3][0] = "a-101"), (r[6][0] = "A-101"))),
    message: 'Account id "A-101" appears 3 times (Accounts!A2, Accounts!A4, Accounts!A7).',
  },
  {
    code: "E11",
    sheet: withSheet((r) => (r[2][0] = { error: "#N/A" })),
    message: "Account id at Accounts!A3 is an error (#N/A).",
  },
  {
    code: "E12",
    sheet: withSheet((r) => r.slice(1).forEach((row) => (row[3] = "n/a"))),
    message: "NPS has no numeric values.",
  },
  {
    code: "E13",
    config: withMetrics([{ range: "Accounts!B1:B7", weight: 0 }]),
    message: "Weight of Usage minutes must be a number greater than 0.",
  },
  {
    code: "E14",
    config: withMetrics([
      { range: "Accounts!B1:B7", normalisation: "thresholds", bad: 5, good: 5 },
    ]),
    message: 'Usage minutes: enter different "bad" and "good" values.',
  },
  {
    code: "E15",
    config: withMetrics([
      { range: "Accounts!B1:B7", name: "x" },
      { range: "Accounts!C1:C7", name: "X" },
    ]),
    message: "Each metric needs a unique name.",
  },
  {
    code: "E16",
    config: { ...base, bands: { red: 70, green: 40 } },
    message: "Red must be below green, both between 0 and 100.",
  },
  {
    code: "E17",
    config: { ...base, trendThreshold: 0 },
    message: "The trend threshold must be greater than 0.",
  },
  {
    code: "E18",
    extra: { sheets: [{ name: "Accounts", marker: "cs-metrics:health-score:v1:aaaaaaaaaaaa" }] },
    message: "Account ids is on a sheet the add-in manages (Accounts).",
  },
  {
    code: "E19",
    config: withMetrics([{ range: "Gone!B1:B7", name: "Usage" }]),
    message: "The source of Usage was deleted or moved. Pick it again.",
  },
  {
    code: "E20",
    extra: { structureProtected: true },
    message: "Unprotect the workbook structure so a sheet can be added.",
  },
  {
    code: "E21",
    extra: {
      sheets: [
        { name: "Accounts" },
        { name: "Health Score", marker: "cs-metrics:health-score:v1:aaaaaaaaaaaa" },
        { name: "Copy", marker: "cs-metrics:health-score:v1:aaaaaaaaaaaa" },
      ],
    },
    message: "Two sheets claim to be the same health-score sheet (Health Score, Copy).",
  },
  {
    code: "W01",
    message: "Support tickets: 1 cell is not a number (C5) and is left out.",
  },
  {
    code: "W02",
    sheet: withSheet((r) => r.slice(3).forEach((row) => (row[3] = null))),
    message: "NPS has only 2 numeric values.",
  },
  {
    code: "W03",
    sheet: withSheet((r) => r.slice(1).forEach((row) => (row[3] = 7))),
    message:
      "All numeric values of NPS are equal, so its component is 1 for everyone (consider thresholds).",
  },
  {
    code: "W04",
    sheet: withSheet((r) => ((r[1][4] = 101), (r[2][4] = -1))),
    message: "2 previous scores are outside 0–100.",
  },
  {
    code: "W05",
    sheet: withSheet((r) => (r[1][5] = "tbd")),
    message: "1 revenue cell is not a number.",
  },
  {
    code: "W06",
    config: { ...base, revenue: { range: "Accounts!E1:E7" } },
    message: "The same range is used twice (Previous score, Revenue).",
  },
  {
    code: "W07",
    sheet: withSheet((r) => (r[1][0] = " A-101")),
    message: "1 account id has leading or trailing spaces.",
  },
  {
    code: "W08",
    sheet: withSheet((r) => (r[1][3] = true)),
    message: "NPS contains 1 TRUE/FALSE value (Excel treats it as missing; LibreOffice as 1/0).",
  },
  {
    // Usage 1200, 300, 950, 50, 640 with one account at 100,000: median (640 + 950) / 2 = 795,
    // 0.75 % of the way from 50 to 100,000.
    code: "W09",
    sheet: withSheet((r) => (r[3][1] = 100000)),
    message:
      "Most accounts score near 0 on Usage minutes (median 795, range 50–100000); percentile or thresholds fit skewed data better.",
  },
];

/** W09 (skewed data under min–max), by hand: median and range of the usage column. */
describe("W09 fires only for min–max with the median in the lowest tenth of the range", () => {
  const usage = (values: number[], normalisation: "minmax" | "percentile" | "thresholds") => {
    const limits = normalisation === "thresholds" ? { bad: 0, good: 1 } : {};
    const metric = { range: "Accounts!B1:B7", normalisation, weight: 1, ...limits };
    const sheet = withSheet((r) => values.forEach((v, i) => (r[i + 1][1] = v)));
    return problems({ ...base, metrics: [metric] }, [sheet]).filter((p) => p.code === "W09").length;
  };
  test.each<[string, number[], "minmax" | "percentile" | "thresholds", number]>([
    ["skewed, min–max", [0, 1, 2, 3, 4, 1000], "minmax", 1], // median 2.5: 0.25 % of the range
    ["skewed, percentile", [0, 1, 2, 3, 4, 1000], "percentile", 0],
    ["skewed, thresholds", [0, 1, 2, 3, 4, 1000], "thresholds", 0],
    ["median exactly at 10 %", [0, 10, 10, 10, 10, 100], "minmax", 0],
    ["median just below 10 %", [0, 9.99, 9.99, 9.99, 9.99, 100], "minmax", 1],
    ["even spread", [0, 20, 40, 60, 80, 100], "minmax", 0],
    ["all equal (W03 instead)", [5, 5, 5, 5, 5, 5], "minmax", 0],
  ])("%s", (_, values, normalisation, count) => {
    expect(usage(values, normalisation)).toBe(count);
  });
});

describe.each(CASES)("$code", ({ code, config, sheet, extra, message, label }) => {
  it("is reported with its message", () => {
    const found = problems(config ?? base, [sheet ?? MINMAX_SHEET], extra).filter(
      (p) => p.code === code
    );
    expect(found.map((p) => p.message)).toContain(message);
    if (label) expect(found[0].roleLabel).toBe(label);
    expect(found[0].severity).toBe(code.startsWith("E") ? "error" : "warning");
  });
});

it("returns problems instead of a plan while an error stands, and warnings with the plan", () => {
  expect(problems(base, [MINMAX_SHEET]).map((p) => p.code)).toEqual(["W01"]);
});

describe("W01 names the first five cells that are not numbers", () => {
  // Usage (column B) of 12 accounts in rows 2–13; the texts sit where each case says.
  const usageSheet = (textRows: readonly number[]): MemorySheet => ({
    name: "Accounts",
    rows: [
      ["id", "Usage"],
      ...Array.from({ length: 12 }, (_, i) => [
        `A-${i + 1}`,
        textRows.includes(i + 2) ? "n/a" : 10 * i,
      ]),
    ],
  });
  const config: HealthScoreConfig = {
    version: 1,
    ids: { range: "Accounts!A1:A13", header: true },
    // The header is set: with texts in the first rows, detection would take the range as data.
    metrics: [{ range: "Accounts!B1:B13", name: "Usage", header: true }],
    trendSource: "none",
  };
  test.each<[readonly number[], string]>([
    [[5], "Usage: 1 cell is not a number (B5) and is left out."],
    [[5, 9, 12], "Usage: 3 cells are not numbers (B5, B9, B12) and are left out."],
    [[2, 3, 4, 5, 6], "Usage: 5 cells are not numbers (B2, B3, B4, B5, B6) and are left out."],
    [
      [2, 3, 4, 5, 6, 7, 13],
      "Usage: 7 cells are not numbers (B2, B3, B4, B5, B6, …) and are left out.",
    ],
  ])("texts in rows %j", (textRows, message) => {
    const found = problems(config, [usageSheet(textRows)]).filter((p) => p.code === "W01");
    expect(found.map((p) => p.message)).toEqual([message]);
  });
});
