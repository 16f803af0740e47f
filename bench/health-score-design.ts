/**
 * Lighter at scale: the score sheet's design against the previous one (bench/baseline-design.ts)
 * and a floor with as many trivial `=Accounts!X2` formulas per account, on 100,000 accounts × 12
 * metrics. For each: formulas, formula characters and bytes per account, file size, and one
 * LibreOffice start + load + recalculation (csv out). Target: ours ≤ 0.7 × the baseline.
 * Run: npm run bench (or BENCH_ACCOUNTS=… for a smaller sheet).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SheetPlan, planHealthScore } from "../src/health-score";
import { columnLetters } from "../src/a1/a1";
import { writePlan } from "../src/xlsx";
import { baselinePlan } from "./baseline-design";
import {
  ACCOUNTS,
  METRICS,
  benchSources,
  TREND,
  config,
  data,
  inputSheet,
  inputWorkbook,
  recalculate,
  withSnapshot,
} from "./health-score-workbook";

/** The fills of the account rows: what each account costs. */
const perAccount = (plan: SheetPlan) =>
  plan.sheets.flatMap((s) => s.fills).filter((f) => f.firstRow === 2 && f.lastRow === ACCOUNTS + 1);

/** As many fills as `plan` has per account, each a trivial reference into the source. */
const floorPlan = (plan: SheetPlan): SheetPlan => ({
  ...plan,
  sheets: plan.sheets.map((s) => ({
    ...s,
    fills: s.fills.map((f, i) =>
      f.firstRow === 2 && f.lastRow === ACCOUNTS + 1
        ? { ...f, formula: `Accounts!${columnLetters(2 + (i % METRICS))}2` }
        : f
    ),
  })),
});

async function main() {
  process.stdout.write(
    `Score sheet design: ${ACCOUNTS.toLocaleString("en")} accounts × ${METRICS} metrics, trend ${TREND}\n\n`
  );
  const d = data();
  const rows = inputSheet(d);
  const cfg = config(d);
  const plan = planHealthScore(cfg, benchSources(cfg, rows).sources);
  if (Array.isArray(plan)) throw new Error(plan.map((p) => p.message).join("\n"));
  const designs: [string, SheetPlan][] = [
    ["baseline (previous design)", baselinePlan(plan, cfg, ACCOUNTS)],
    ["this design", plan],
    ["floor (trivial formulas)", floorPlan(plan)],
  ];
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-design-"));
  try {
    const inputFile = join(dir, "input.xlsx");
    await inputWorkbook(rows, inputFile);
    const input = readFileSync(inputFile);
    const inputBytes = statSync(inputFile).size;
    process.stdout.write(
      `${"design".padEnd(28)}${"formulas/acct".padStart(14)}${"chars/acct".padStart(12)}${"bytes/acct".padStart(12)}${"file MB".padStart(10)}${"LO load+recalc".padStart(16)}\n`
    );
    const times: number[] = [];
    for (const [name, p] of designs) {
      const file = join(dir, `${name.split(" ")[0]}.xlsx`);
      const output = writePlan(input, p);
      writeFileSync(file, TREND === "snapshots" ? withSnapshot(output, d.ids) : output);
      const fills = perAccount(p);
      const chars = fills.reduce((n, f) => n + f.formula.length, 0);
      const bytes = (statSync(file).size - inputBytes) / ACCOUNTS;
      const ms = recalculate(file, join(dir, name.split(" ")[0]), "csv");
      times.push(ms);
      process.stdout.write(
        `${name.padEnd(28)}${String(fills.length).padStart(14)}${String(chars).padStart(12)}${bytes.toFixed(0).padStart(12)}${(statSync(file).size / 1e6).toFixed(1).padStart(10)}${`${(ms / 1000).toFixed(1)} s`.padStart(16)}\n`
      );
    }
    process.stdout.write(
      `\nthis design / baseline: ${(times[1] / times[0]).toFixed(2)} (target ≤ 0.70); floor / baseline: ${(times[2] / times[0]).toFixed(2)}\n`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
