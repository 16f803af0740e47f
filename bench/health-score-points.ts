/**
 * What points, Biggest gap and the back-test cost (docs/health-score.md, "Why an account has its
 * score", "The back-test"): the 100,000 × 12 sheet with them next to the same sheet without them
 * (their columns and panel blocks left out of the same plan, bench/plan-variants.ts) and to the
 * sheet with them made trivial (their floor: as many formula cells, each as cheap as can be);
 * formula count, file size and LibreOffice load + recalculation, wall and CPU time. Target: at
 * most 25 % more recalculation time. Works at 100,000 accounts:
 * LibreOffice's time limit is raised for benches (bench/health-score-workbook.ts).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { cpus, tmpdir } from "os";
import { join } from "path";
import {
  HealthScoreConfig,
  SheetPlan,
  SourceValue,
  planHealthScore,
  resolveRanges,
} from "../src/health-score";
import { columnLetters } from "../src/a1/a1";
import { layout } from "../src/health-score/planner/layout";
import { writePlan } from "../src/xlsx";
import { ROOT, recalculateTimes } from "./health-score-workbook";
import { explanations, trivialised, withoutExplanations } from "./plan-variants";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const METRICS = 12;
const NORMALISATIONS = ["minmax", "percentile", "thresholds"] as const;
const { mulberry32: random } = require(join(ROOT, "samples", "health-score", "random.js")) as {
  mulberry32: (seed: number) => () => number;
};

const line = (what: string, a: string, b: string, note = "") =>
  process.stdout.write(`${what.padEnd(40)} ${a.padStart(14)} ${b.padStart(14)}   ${note}\n`);

function inputRows(): SourceValue[][] {
  const rnd = random(42);
  const header = ["Account", ...Array.from({ length: METRICS }, (_, k) => `Metric ${k + 1}`)];
  const rows: SourceValue[][] = [[...header, "ARR", "Churned"]];
  for (let i = 0; i < ACCOUNTS; i++) {
    const values = Array.from({ length: METRICS }, (_, k): SourceValue => {
      const r = rnd();
      return r < 0.03 ? null : Math.round(rnd() * 1000 * (k + 1)) / 10;
    });
    rows.push([
      `ACC-${100000 + i}`,
      ...values,
      Math.round(rnd() * 500) * 1000,
      rnd() < 0.2 ? 1 : 0,
    ]);
  }
  return rows;
}

function config(): HealthScoreConfig {
  const range = (c: number) => `Accounts!${columnLetters(c)}1:${columnLetters(c)}${ACCOUNTS + 1}`;
  return {
    version: 1,
    ids: { range: range(1) },
    metrics: Array.from({ length: METRICS }, (_, k) => {
      const normalisation = NORMALISATIONS[k % 3];
      return {
        range: range(k + 2),
        normalisation,
        weight: 1 + (k % 4),
        ...(normalisation === "thresholds" ? { bad: 10 * (k + 1), good: 80 * (k + 1) } : {}),
      };
    }),
    revenue: { range: range(METRICS + 2) },
    outcome: { range: range(METRICS + 3) },
    trendSource: "none",
  };
}

const formulas = (plan: SheetPlan) =>
  plan.sheets.reduce(
    (n, s) =>
      n +
      s.cells.filter((c) => c.formula).length +
      s.fills.reduce((f, x) => f + x.lastRow - x.firstRow + 1, 0),
    0
  );

async function main() {
  process.stdout.write(
    `Points and back-test: ${ACCOUNTS.toLocaleString("en")} accounts × ${METRICS} metrics, ${cpus().length} cores\n\n`
  );
  const rows = inputRows();
  const cfg = config();
  const sheets = [
    {
      name: "Accounts",
      lastRow: rows.length,
      value: (r: number, c: number) => rows[r - 1]?.[c - 1] ?? null,
    },
  ];
  const plan = planHealthScore(cfg, {
    ranges: resolveRanges(cfg, sheets),
    sheets: [{ name: "Accounts" }],
    structureProtected: false,
    buildId: "0123456789ab",
    builtAt: 46001,
    productVersion: "bench",
  });
  if (Array.isArray(plan)) throw new Error(plan.map((p) => p.message).join("\n"));
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-points-"));
  try {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, "in.xlsx"),
      useSharedStrings: false,
    });
    const sheet = writer.addWorksheet("Accounts");
    for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
    await writer.commit();
    const input = readFileSync(join(dir, "in.xlsx"));
    const l = layout(ACCOUNTS, METRICS, "none", true, true);
    const without = withoutExplanations(plan, l);
    // The floor of what they add: the same cells, each formula as cheap as can be.
    const floor = trivialised(plan, explanations(l), METRICS);
    const files = {
      with: join(dir, "with.xlsx"),
      without: join(dir, "without.xlsx"),
      floor: join(dir, "floor.xlsx"),
    };
    writeFileSync(files.with, writePlan(input, plan));
    writeFileSync(files.without, writePlan(input, without));
    writeFileSync(files.floor, writePlan(input, floor));
    line("", "with", "without", "with, added formulas trivial");
    line(
      "formulas",
      formulas(plan).toLocaleString("en"),
      formulas(without).toLocaleString("en"),
      formulas(floor).toLocaleString("en")
    );
    const mb = (f: string) => `${(statSync(f).size / 1e6).toFixed(1)} MB`;
    line("file size", mb(files.with), mb(files.without), mb(files.floor));
    const t = {
      without: recalculateTimes(files.without, join(dir, "o1"), "csv"),
      with: recalculateTimes(files.with, join(dir, "o2"), "csv"),
      floor: recalculateTimes(files.floor, join(dir, "o3"), "csv"),
    };
    const added = (key: "wallMs" | "cpuMs", of: "with" | "floor") => {
      const percent = (t[of][key] / t.without[key] - 1) * 100;
      return `${percent >= 0 ? "+" : ""}${percent.toFixed(0)} %`;
    };
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    for (const [what, key] of [
      ["LibreOffice start + load + recalc, wall", "wallMs"],
      ["the same, CPU time", "cpuMs"],
    ] as const)
      line(
        what,
        s(t.with[key]),
        s(t.without[key]),
        `${s(t.floor[key])}; added: ${added(key, "with")} (target ≤ 25 %), floor ${added(key, "floor")}`
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
