/**
 * The health-score benchmarks' workbook: 100,000 accounts × 12 metrics (4 minmax, 4 percentile,
 * 4 thresholds), snapshots, revenue and an outcome (20 % churned), its input file, and one LibreOffice run to time.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { basename, join } from "path";
import { HealthScoreConfig, PlanSources, SourceValue, resolveRanges } from "../src/health-score";
import { columnLetters } from "../src/a1/a1";
import { WorkbookPackage } from "../src/xlsx";
import { Layout, layout } from "../src/health-score/planner/layout";
import { RefMetric } from "../test/health-score/reference";

export const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
export const METRICS = 12;
/** BENCH_TREND=none measures the sheet without the snapshot lookups. */
export const TREND = process.env.BENCH_TREND === "none" ? "none" : "snapshots";
const ALL = ["minmax", "percentile", "thresholds"] as const;
/** BENCH_ONLY=minmax (or percentile, thresholds) gives every metric that normalisation. */
const NORMALISATIONS = ALL.filter((n) => (process.env.BENCH_ONLY ?? n) === n);

export const ROOT = join(__dirname, "..", "..", "..");
const { mulberry32: random } = require(join(ROOT, "samples", "health-score", "random.js")) as {
  mulberry32: (seed: number) => () => number;
};

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
export const line = (what: string, value: string, target = "") =>
  process.stdout.write(`${what.padEnd(54)} ${value.padStart(12)}   ${target}\n`);

export function data() {
  const rnd = random(42);
  const ids: SourceValue[] = Array.from({ length: ACCOUNTS }, (_, i) => `ACC-${100000 + i}`);
  const metrics: RefMetric[] = Array.from({ length: METRICS }, (_, k) => {
    const normalisation = NORMALISATIONS[k % NORMALISATIONS.length];
    const values = Array.from({ length: ACCOUNTS }, (): SourceValue => {
      const r = rnd();
      return r < 0.03 ? null : r < 0.04 ? "n/a" : Math.round(rnd() * 1000 * (k + 1)) / 10;
    });
    return {
      values,
      normalisation,
      direction: k % 2 ? "lower" : "higher",
      weight: 1 + (k % 4),
      ...(normalisation === "thresholds" ? { bad: 10 * (k + 1), good: 80 * (k + 1) } : {}),
    };
  });
  const revenue = Array.from({ length: ACCOUNTS }, () => Math.round(rnd() * 500) * 1000);
  // Drawn last, so the metrics and revenue are those of the benches before the back-test.
  const outcome = Array.from({ length: ACCOUNTS }, () => (rnd() < 0.2 ? 1 : 0));
  return { ids, metrics, revenue, outcome };
}

export function inputSheet(d: ReturnType<typeof data>): SourceValue[][] {
  const header = ["Account", ...d.metrics.map((_, k) => `Metric ${k + 1}`), "ARR", "Churned"];
  return [
    header,
    ...d.ids.map((id, i) => [id, ...d.metrics.map((m) => m.values[i]), d.revenue[i], d.outcome[i]]),
  ];
}

export function config(d: ReturnType<typeof data>): HealthScoreConfig {
  const range = (c: number) => `Accounts!${columnLetters(c)}1:${columnLetters(c)}${ACCOUNTS + 1}`;
  return {
    version: 1,
    ids: { range: range(1) },
    metrics: d.metrics.map((m, k) => ({
      range: range(k + 2),
      name: `Metric ${k + 1}`,
      normalisation: m.normalisation,
      weight: m.weight,
      ...(m.normalisation === "thresholds"
        ? { bad: m.bad, good: m.good }
        : { direction: m.direction }),
    })),
    revenue: { range: range(METRICS + 2) },
    outcome: { range: range(METRICS + 3) },
    trendSource: TREND,
  };
}

/** The layout of the benchmarks' score sheet (revenue and outcome chosen). */
export const benchLayout = (): Layout => layout(ACCOUNTS, METRICS, TREND, true, true);

export async function inputWorkbook(rows: SourceValue[][], file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
  });
  const sheet = writer.addWorksheet("Accounts");
  for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
  await writer.commit();
}

/** A snapshot of every account in table order with score 50, as the pane's Snapshot would append. */
export function withSnapshot(output: Buffer, ids: readonly SourceValue[]): Buffer {
  const pkg = new WorkbookPackage(output);
  const part = pkg.sheetParts().get("Health History") as string;
  const rows = ids.map(
    (id, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}"><v>46000.5</v></c><c r="B${i + 2}" t="inlineStr"><is><t>${id}</t></is></c><c r="C${i + 2}"><v>50</v></c>${i === 0 ? `<c r="F2"><v>46000.5</v></c><c r="G2"><v>2</v></c><c r="H2"><v>${ids.length}</v></c>` : ""}</row>`
  );
  pkg.set(part, pkg.text(part).replace("</sheetData>", `${rows.join("")}</sheetData>`));
  return pkg.toBuffer();
}

/** LibreOffice's own limit (scripts/libreoffice.js, 600 s) is too short for 100,000 accounts. */
const BENCH_TIMEOUT_MS = 3_600_000;

/**
 * One LibreOffice process: load, recalculate everything (recalc mode "always") unless
 * `calculate` is false, save as `format`. "csv" saves only the first sheet's values, so it
 * measures load + recalculation, or load alone: our file has no cached values, and the input
 * sheet it saves has no formulas. "xlsx" adds writing every formula and value back. Wall time,
 * and the CPU time (user + system) of the process and its children, from /usr/bin/time: on cores
 * shared with other jobs the CPU time is the steadier measure of the work.
 */
export function recalculateTimes(
  file: string,
  outDir: string,
  format: "xlsx" | "csv",
  calculate = true
): { wallMs: number; cpuMs: number } {
  const script = join(ROOT, "scripts", "libreoffice.js");
  const program = `require(${JSON.stringify(script)}).convert([process.argv[1]], { format: process.argv[3], outDir: process.argv[2], recalculate: process.argv[4] === "true", timeoutMs: ${BENCH_TIMEOUT_MS} }).catch((e) => { console.error(e.message); process.exit(1); })`;
  const usage = join(outDir, "..", `${basename(outDir)}.time`);
  const [, wallMs] = time(() =>
    execFileSync(
      "/usr/bin/time",
      [
        "-o",
        usage,
        "-f",
        "%U %S",
        process.execPath,
        "-e",
        program,
        file,
        outDir,
        format,
        String(calculate),
      ],
      { stdio: "inherit" }
    )
  );
  const [user, system] = readFileSync(usage, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  return { wallMs, cpuMs: (user + system) * 1000 };
}

export const recalculate = (...args: Parameters<typeof recalculateTimes>): number =>
  recalculateTimes(...args).wallMs;

/** The benchmark's plan sources: the input sheet's chosen ranges (read in memory) and the rest. */
export function benchSources(
  cfg: HealthScoreConfig,
  rows: readonly SourceValue[][]
): { sources: PlanSources; resolveMs: number } {
  const sheet = {
    name: "Accounts",
    lastRow: rows.length,
    value: (r: number, c: number) => rows[r - 1]?.[c - 1] ?? null,
  };
  const [ranges, resolveMs] = time(() => resolveRanges(cfg, [sheet]));
  return {
    sources: {
      ranges,
      sheets: [{ name: "Accounts" }],
      structureProtected: false,
      buildId: "0123456789ab",
      builtAt: 46001,
      productVersion: "bench",
    },
    resolveMs,
  };
}
