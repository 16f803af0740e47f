/**
 * Lighter at scale: the score sheet's design against the previous one (bench/baseline-design.ts)
 * on 100,000 accounts × 12 metrics. The full sheet has points and Biggest gap (spec §14), which
 * the baseline lacked, so the same sheet without them is measured too (same content as the
 * baseline), and each has a floor with as many trivial `=Accounts!X2` formulas per account. For
 * each: formulas, formula characters and bytes per account, file size, and one LibreOffice
 * start + load + recalculation (csv out), wall and CPU time. Target: ≤ 0.7 × the baseline.
 * Run: npm run bench:health-score-design (BENCH_ACCOUNTS=20000 for a quicker run).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SheetPlan, planHealthScore } from "../src/health-score";
import { writePlan } from "../src/xlsx";
import { baselinePlan } from "./baseline-design";
import {
  ACCOUNTS,
  benchLayout,
  METRICS,
  benchSources,
  TREND,
  config,
  data,
  inputSheet,
  inputWorkbook,
  recalculateTimes,
  withSnapshot,
} from "./health-score-workbook";
import { floorPlan, perAccount, withoutExplanations } from "./plan-variants";

const TARGET = 0.7;

async function main() {
  process.stdout.write(
    `Score sheet design: ${ACCOUNTS.toLocaleString("en")} accounts × ${METRICS} metrics, trend ${TREND}\n\n`
  );
  const d = data();
  const rows = inputSheet(d);
  const cfg = config(d);
  const plan = planHealthScore(cfg, benchSources(cfg, rows).sources);
  if (Array.isArray(plan)) throw new Error(plan.map((p) => p.message).join("\n"));
  const same = withoutExplanations(plan, benchLayout());
  const designs: [string, SheetPlan][] = [
    ["baseline (previous design)", baselinePlan(same, cfg, ACCOUNTS)],
    ["full (points, gap)", plan],
    ["same content as baseline", same],
    ["floor of full", floorPlan(plan, METRICS)],
    ["floor of same content", floorPlan(same, METRICS)],
  ];
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-design-"));
  try {
    const inputFile = join(dir, "input.xlsx");
    await inputWorkbook(rows, inputFile);
    const input = readFileSync(inputFile);
    const inputBytes = statSync(inputFile).size;
    process.stdout.write(
      `${"design".padEnd(28)}${"formulas/acct".padStart(14)}${"chars/acct".padStart(12)}${"bytes/acct".padStart(12)}${"file MB".padStart(10)}${"LO wall s".padStart(11)}${"LO CPU s".padStart(10)}\n`
    );
    const times: { wallMs: number; cpuMs: number }[] = [];
    designs.forEach(([name, p], i) => {
      const file = join(dir, `d${i}.xlsx`);
      const output = writePlan(input, p);
      writeFileSync(file, TREND === "snapshots" ? withSnapshot(output, d.ids) : output);
      const fills = perAccount(p);
      const chars = fills.reduce((n, f) => n + f.formula.length, 0);
      const bytes = (statSync(file).size - inputBytes) / ACCOUNTS;
      const t = recalculateTimes(file, join(dir, `d${i}`), "csv");
      times.push(t);
      process.stdout.write(
        `${name.padEnd(28)}${String(fills.length).padStart(14)}${String(chars).padStart(12)}${bytes.toFixed(0).padStart(12)}${(statSync(file).size / 1e6).toFixed(1).padStart(10)}${(t.wallMs / 1000).toFixed(1).padStart(11)}${(t.cpuMs / 1000).toFixed(1).padStart(10)}\n`
      );
    });
    const ratio = (i: number) =>
      `wall ${(times[i].wallMs / times[0].wallMs).toFixed(2)}, CPU ${(times[i].cpuMs / times[0].cpuMs).toFixed(2)}`;
    process.stdout.write(
      `\n/ baseline (target ≤ ${TARGET.toFixed(2)}): full ${ratio(1)}; same content ${ratio(2)}; floor of full ${ratio(3)}; floor of same content ${ratio(4)}\n`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
