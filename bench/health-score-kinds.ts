/**
 * Where the score sheet's LibreOffice time goes, by formula kind: the design bench's sheet, then
 * the same sheet with one kind of formula at a time replaced by trivial references (as many
 * cells, each as cheap as can be). The difference is roughly what that kind costs to load and
 * calculate. Run: BENCH_ACCOUNTS=20000 npm run bench:health-score-kinds (BENCH_KINDS=points,score
 * for a subset).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SheetPlan, planHealthScore } from "../src/health-score";
import { ROW } from "../src/health-score/planner/layout";
import {
  ACCOUNTS,
  benchLayout,
  METRICS,
  TREND,
  benchSources,
  config,
  data,
  inputSheet,
  inputWorkbook,
  recalculateTimes,
  withSnapshot,
} from "./health-score-workbook";
import { writePlan } from "../src/xlsx";
import { Where, perAccount, trivialised } from "./plan-variants";

async function main() {
  const d = data();
  const rows = inputSheet(d);
  const cfg = config(d);
  const plan = planHealthScore(cfg, benchSources(cfg, rows).sources);
  if (Array.isArray(plan)) throw new Error(plan.map((p) => p.message).join("\n"));
  const l = benchLayout();
  const metricsOf = (n: string) => d.metrics.flatMap((m, k) => (m.normalisation === n ? [k] : []));
  const columns =
    (cs: number[]): Where =>
    (c, r) =>
      r === 2 && cs.includes(c);
  const ks = Array.from({ length: METRICS }, (_, k) => k);
  const kinds: [string, Where][] = [
    ["min–max component", columns(metricsOf("minmax").map(l.component))],
    [
      "percentile component + position",
      columns(metricsOf("percentile").flatMap((k) => [l.component(k), l.match(k)])),
    ],
    ["thresholds component", columns(metricsOf("thresholds").map(l.component))],
    ["points", columns(ks.map(l.points))],
    ["score", columns([l.score])],
    ["band", columns([l.band])],
    ["biggest gap", columns([l.biggestGap])],
    [
      "previous, change, trend, baseline row",
      columns(
        [l.previous, l.change, l.trend, l.baselineRow].filter((c): c is number => c !== undefined)
      ),
    ],
    [
      "main change, points change, largest fall",
      columns(
        [l.mainChange, l.pointsChange, l.largestFall].filter((c): c is number => c !== undefined)
      ),
    ],
    [
      "panel statistics",
      (c, r) => r >= ROW.validValues && r <= ROW.max && ks.map(l.panel).includes(c),
    ],
    ["percentile grid", (c, r) => r >= ROW.gridFirst && ks.map(l.grid).includes(c)],
    ["outcome mirror", columns([l.outcome as number])],
    ["back-test bins", (c) => l.backtestBins !== undefined && c >= l.backtestBins],
  ];
  const only = process.env.BENCH_KINDS?.split(",");
  const picked = kinds.filter(([name]) => !only || only.some((o) => name.startsWith(o)));
  process.stdout.write(
    `Cost by formula kind: ${ACCOUNTS.toLocaleString("en")} accounts × ${METRICS} metrics, trend ${TREND}\n\n`
  );
  const dir = mkdtempSync(join(tmpdir(), "cs-bench-kinds-"));
  try {
    const inputFile = join(dir, "input.xlsx");
    await inputWorkbook(rows, inputFile);
    const input = readFileSync(inputFile);
    const run = (p: SheetPlan, name: string) => {
      const file = join(dir, `${name}.xlsx`);
      const output = writePlan(input, p);
      writeFileSync(file, TREND === "snapshots" ? withSnapshot(output, d.ids) : output);
      return recalculateTimes(file, join(dir, name), "csv");
    };
    const chars = (p: SheetPlan) => perAccount(p).reduce((n, f) => n + f.formula.length, 0);
    const s = (ms: number) => (ms / 1000).toFixed(1).padStart(10);
    process.stdout.write(
      `${"kind made trivial".padEnd(36)}${"chars/acct".padStart(12)}${"wall s".padStart(10)}${"CPU s".padStart(10)}${"CPU saved".padStart(10)}\n`
    );
    const full = run(plan, "full");
    process.stdout.write(
      `${"(none: full sheet)".padEnd(36)}${String(chars(plan)).padStart(12)}${s(full.wallMs)}${s(full.cpuMs)}\n`
    );
    picked.forEach(([name, where], i) => {
      const variant = trivialised(plan, where, METRICS);
      const t = run(variant, `k${i}`);
      process.stdout.write(
        `${name.padEnd(36)}${String(chars(plan) - chars(variant)).padStart(12)}${s(t.wallMs)}${s(t.cpuMs)}${s(full.cpuMs - t.cpuMs)}\n`
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
