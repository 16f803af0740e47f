/**
 * The outcome role (spec §15) on bad input: another length (E08), a text column (W10 for every
 * cell, no back-test block), the add-in's own sheet (E18), odd cells (W10), too few outcomes
 * (W11); nothing is planned while an error stands.
 */
import { HealthScoreConfig, SourceValue, planHealthScore } from "../../src/health-score";
import { MINMAX_CONFIG, MINMAX_SHEET, MemorySheet, memorySources } from "./fixtures";
import { plan, problems } from "./plan-support";

const withOutcome = (values: readonly SourceValue[], name = "Accounts"): MemorySheet => ({
  name,
  rows: MINMAX_SHEET.rows.map((row, i) => [...row, i === 0 ? "Churned" : (values[i - 1] ?? null)]),
});
const config = (range = "Accounts!G1:G7"): HealthScoreConfig => ({
  ...MINMAX_CONFIG,
  outcome: { range },
});
const codes = (c: HealthScoreConfig, sheet: MemorySheet, extra = {}) =>
  problems(c, [sheet], extra).map((p) => `${p.code} ${p.message}`);

it("an outcome range of another length is E08, and nothing is planned", () => {
  const sheet = withOutcome([0, 1, 0, 1, 1, 0]);
  const c = config("Accounts!G1:G6");
  expect(codes(c, sheet)).toContain("E08 Churned? has 5 data rows but the account ids have 6.");
  expect(Array.isArray(planHealthScore(c, memorySources(c, [sheet])))).toBe(true);
});

it("an outcome on a sheet the add-in manages is E18, and nothing is planned", () => {
  const sheet = withOutcome([0, 1, 0, 1, 1, 0]);
  const owned: MemorySheet = { name: "Old score", rows: sheet.rows.map((r) => [r[6]]) };
  const c = config("'Old score'!A1:A7");
  const extra = {
    sheets: [
      { name: "Accounts" },
      { name: "Old score", marker: "cs-metrics:health-score:v1:aaaaaaaaaaaa" },
    ],
  };
  const result = planHealthScore(c, memorySources(c, [sheet, owned], extra));
  expect(Array.isArray(result)).toBe(true);
  expect(
    (result as { message: string; code: string }[]).map((p) => `${p.code} ${p.message}`)
  ).toContain("E18 Churned? is on a sheet the add-in manages (Old score).");
});

it("a text outcome column gives W10 for every cell and no back-test block", () => {
  const sheet = withOutcome(["yes", "no", "yes", "no", "no", "yes"]);
  expect(codes(config(), sheet)).toContain(
    "W10 6 outcome cells are not 1/0 or TRUE/FALSE and are left out."
  );
  const p = plan(config(), [sheet]);
  const values = p.sheets[0].cells.map((c) => c.value);
  expect(values).not.toContain("Back-test: does the score predict churn?");
  expect(values).not.toContain("Churned");
  expect(p.sheets[0].names.map((n) => n.name)).not.toContain("CSMetrics_Src_Outcome");
});

it.each<[string, SourceValue[], string[]]>([
  ["1/0 and TRUE/FALSE are outcomes, blanks unknown", [0, 1, true, false, null, 1], []],
  [
    "2, text and errors are W10",
    [2, "1", { error: "#N/A" }, 0, 1, 0],
    ["W10 3 outcome cells are not 1/0 or TRUE/FALSE and are left out."],
  ],
])("%s", (_, values, w10) => {
  const found = codes(config(), withOutcome(values));
  expect(found.filter((m) => m.startsWith("W10"))).toEqual(w10);
  // Six accounts can never give 10 churned and 10 retained: W11 names the counts.
  expect(found.filter((m) => m.startsWith("W11"))).toHaveLength(1);
});

it("W11 counts only scored accounts with a known outcome", () => {
  const found = codes(config(), withOutcome([0, 1, 0, 1, 1, 0]));
  expect(found).toContain(
    "W11 Only 3 churned and 3 retained accounts have a known outcome; the back-test needs at least 10 of each to judge the score."
  );
});

it("no W11 with 10 churned and 10 retained scored accounts", () => {
  const n = 20;
  const sheet: MemorySheet = {
    name: "Accounts",
    rows: [
      ["id", "Usage", "Churned"],
      ...Array.from({ length: n }, (_, i) => [`C-${i}`, i, i % 2]),
    ],
  };
  const c: HealthScoreConfig = {
    version: 1,
    ids: { range: `Accounts!A1:A${n + 1}` },
    metrics: [{ range: `Accounts!B1:B${n + 1}`, normalisation: "minmax" }],
    outcome: { range: `Accounts!C1:C${n + 1}` },
    trendSource: "none",
  };
  expect(codes(c, sheet).filter((m) => m.startsWith("W1"))).toEqual([]);
});
