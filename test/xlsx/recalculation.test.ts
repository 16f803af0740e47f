/**
 * The file writer's workbooks, recalculated by LibreOffice (an engine independent of our code),
 * compute what the reference computes: spec §13.1–13.3, a finance edit made in the file, a
 * snapshot baseline, and random workbooks. All files go through one LibreOffice run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildHealthScoreFile } from "../../src/xlsx";
import { ACCEPTANCE_14_15, OUTCOME_13_1 } from "../health-score/fixtures";
import { RefInput, referenceHealthScore } from "../health-score/reference";
import { Case, caseFrom, generatedCase } from "./cases";
import { mismatches } from "./compare";
import { Computed, readComputed } from "./computed-values";
import { recalculate } from "../support/libreoffice";
import { appendRows, setNumber, xlsxFrom } from "./workbook-edit";

const SHEET = "Health Score";

const minmax = caseFrom("§13.1 minmax", {
  ids: ["A-101", "A-102", "A-103", "A-104", "A-105", "A-106"],
  metrics: [
    {
      name: "Usage minutes",
      values: [1200, 300, null, 950, 50, 640],
      normalisation: "minmax",
      weight: 50,
    },
    {
      name: "Support tickets",
      values: [2, 8, 1, "n/a", 12, 5],
      normalisation: "minmax",
      direction: "lower",
      weight: 20,
    },
    { name: "NPS", values: [9, 6, 10, 7, 3, 8], normalisation: "minmax", weight: 30 },
  ],
  previous: [80, 55, 70, 90, 30, null],
  revenue: [120000, 45000, 80000, 60000, 25000, 150000],
  trendSource: "column",
});

const percentile = (name: string, values: (number | null)[], direction: "higher" | "lower") =>
  caseFrom(name, {
    ids: values.map((_, i) => `P-${i + 1}`),
    metrics: [{ name: "Usage", values, normalisation: "percentile", direction, weight: 1 }],
    trendSource: "none",
  });

const thresholds = caseFrom("§13.3 thresholds", {
  ids: ["T-1", "T-2", "T-3", "T-4", "T-5", "T-6"],
  metrics: [
    {
      name: "Support tickets",
      values: [0, 2, 5, 10, 12, "x"],
      normalisation: "thresholds",
      bad: 10,
      good: 0,
      weight: 1,
    },
    {
      name: "Usage",
      values: [0, 2, 5, 10, 12, 5],
      normalisation: "thresholds",
      bad: 2,
      good: 10,
      weight: 3,
    },
  ],
  trendSource: "none",
});

const snapshots = caseFrom("snapshot baseline", {
  ids: ["A*", "A?", "A~1", "B", "C"],
  metrics: [{ name: "Usage", values: [10, 20, 30, 40, 50], normalisation: "minmax", weight: 1 }],
  trendSource: "snapshots",
});
// An older snapshot, then the latest (the baseline) in another order and without C.
const HISTORY = [
  [45990, "A*", 99, undefined, undefined, 45990, 2, 2],
  [45990, "A?", 99, undefined, undefined, 46000.5, 4, 4],
  [46000.5, "A*", 40],
  [46000.5, "B", 60],
  [46000.5, "A~1", 30],
  [46000.5, "A?", 50],
] as const;
const SNAPSHOT_PREVIOUS = [40, 50, 30, 60, null];

/** §15: 13.1's data with the outcome A-101 0, A-102 1, A-103 0, A-104 1, A-105 1, A-106 0. */
const backtest = caseFrom("§15 back-test", { ...minmax.columns, outcome: OUTCOME_13_1 });

interface Built {
  readonly c: Case;
  readonly ref: RefInput;
  readonly edit?: (output: Buffer) => Buffer;
}

const BUILT: Built[] = [
  { c: minmax, ref: minmax.ref },
  {
    c: minmax,
    ref: {
      ...minmax.ref,
      metrics: minmax.ref.metrics.map((m, k) => (k === 1 ? { ...m, weight: 0.0001 } : m)),
      red: 60,
    },
    edit: (out) => setNumber(setNumber(out, SHEET, "R12", 0.0001), SHEET, "Q19", 60),
  },
  ...[
    percentile("§13.2 percentile higher", [10, 20, 20, 40, 80, null], "higher"),
    percentile("§13.2 percentile lower", [10, 20, 20, 40, 80, null], "lower"),
    percentile("§13.2 grid approximation", [3, 7, 7, 7, 12, 15, 40], "higher"),
    thresholds,
  ].map((c) => ({ c, ref: c.ref })),
  {
    c: snapshots,
    ref: { ...snapshots.ref, previous: SNAPSHOT_PREVIOUS },
    edit: (out) => appendRows(out, "Health History", 2, HISTORY as never),
  },
  ...Array.from({ length: 14 }, (_, i) => generatedCase(1000 + i)).map((c) => ({ c, ref: c.ref })),
  { c: backtest, ref: backtest.ref },
];

const NAMES = ["§13.1", "§13.1 after the finance edit", ...BUILT.slice(2).map((b) => b.c.name)];

let dir: string;
let computed: Map<string, Map<string, Computed>>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cs-hs-recalc-"));
  const files: string[] = [];
  for (const [i, b] of BUILT.entries()) {
    const result = await buildHealthScoreFile({
      file: "accounts.xlsx",
      content: await xlsxFrom([b.c.sheet]),
      config: b.c.config,
      buildId: "0123456789ab",
      builtAt: 46001.25,
      productVersion: "0.1.0",
    });
    if (!result.ok)
      throw new Error(`${b.c.name}: ${result.problems.map((p) => p.message).join("; ")}`);
    const file = join(dir, `case-${i}.xlsx`);
    writeFileSync(file, b.edit ? b.edit(result.output.toBuffer()) : result.output.toBuffer());
    files.push(file);
  }
  const outputs = await recalculate(files, join(dir, "recalculated"));
  computed = outputs.map((f) => readComputed(readFileSync(f)));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(NAMES.map((name, i) => [name, i] as const))("%s", (_, i) => {
  it("LibreOffice computes every cell as the reference does", () => {
    const { c, ref } = BUILT[i];
    const sheet = computed[i].get(SHEET) as Map<string, Computed>;
    expect(mismatches(sheet, c, referenceHealthScore(ref))).toEqual([]);
  });
});

it("§13.1 shows the statistics and summary the spec lists", () => {
  const sheet = computed[0].get(SHEET) as Map<string, Computed>;
  expect(
    ["Q14", "R14", "S14", "Q15", "R15", "S15", "Q16", "R16", "S16"].map((a) => sheet.get(a))
  ).toEqual([5, 5, 6, 50, 1, 3, 1200, 12, 10]);
  expect(["Q17", "R17", "S17"].map((a) => sheet.get(a))).toEqual(["OK", "OK", "OK"]);
  expect(sheet.get("S32")).toBe(70000);
  expect(sheet.get("Q38")).toBe(3);
});

it("the snapshot baseline is the latest snapshot", () => {
  const sheet = computed[6].get(SHEET) as Map<string, Computed>;
  // One metric: the trend columns run G–K (Main change, Points change after Trend); value N.
  expect([sheet.get("N24"), sheet.get("N25"), sheet.get("N26")]).toEqual([46000.5, 4, 4]);
});

it("§14 and §15 give the spec's exact numbers on 13.1's data", () => {
  const sheet = computed[BUILT.length - 1].get(SHEET) as Map<string, Computed>;
  const expected = ACCEPTANCE_14_15;
  for (const [address, value] of Object.entries(expected))
    expect([address, sheet.get(address)]).toEqual([
      address,
      typeof value === "number" ? expect.closeTo(value, 12) : value,
    ]);
  expect(sheet.get("J4") ?? "").toBe("");
});
