/**
 * Health-score benchmark (spec §12), printed next to its targets; not a timed test.
 * 100,000 accounts × 12 metrics (4 minmax, 4 percentile, 4 thresholds), snapshots and revenue:
 * planning, file writing (time, size, formula count), LibreOffice whole-process recalculation
 * (threaded calculation off, see test/xlsx/recalculate.ts) and a check of the recalculated
 * scores against the reference. Run: npm run bench.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
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
import { columnLetters } from "../src/health-score/a1";
import { WorkbookPackage, writePlan } from "../src/xlsx";
import { entryContent } from "../src/xlsx/zip";
import { RefMetric, referenceHealthScore } from "../test/health-score/reference";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const METRICS = 12;
/** BENCH_TREND=none measures the sheet without the snapshot lookups. */
const TREND = process.env.BENCH_TREND === "none" ? "none" : "snapshots";
const ALL = ["minmax", "percentile", "thresholds"] as const;
/** BENCH_ONLY=minmax (or percentile, thresholds) gives every metric that normalisation. */
const NORMALISATIONS = ALL.filter((n) => (process.env.BENCH_ONLY ?? n) === n);

const ROOT = join(__dirname, "..", "..", "..");
const { mulberry32: random } = require(join(ROOT, "samples", "health-score", "random.js")) as {
  mulberry32: (seed: number) => () => number;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const line = (what: string, value: string, target = "") =>
  process.stdout.write(`${what.padEnd(54)} ${value.padStart(12)}   ${target}\n`);

function data() {
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
  return { ids, metrics, revenue };
}

function inputSheet(d: ReturnType<typeof data>): SourceValue[][] {
  const header = ["Account", ...d.metrics.map((_, k) => `Metric ${k + 1}`), "ARR"];
  return [
    header,
    ...d.ids.map((id, i) => [id, ...d.metrics.map((m) => m.values[i]), d.revenue[i]]),
  ];
}

function config(d: ReturnType<typeof data>): HealthScoreConfig {
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
    trendSource: TREND,
  };
}

async function inputWorkbook(rows: SourceValue[][], file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
  });
  const sheet = writer.addWorksheet("Accounts");
  for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
  await writer.commit();
}

const formulaCount = (plan: SheetPlan) =>
  plan.sheets.reduce(
    (n, s) =>
      n +
      s.cells.filter((c) => c.formula).length +
      s.fills.reduce((f, x) => f + x.lastRow - x.firstRow + 1, 0),
    0
  );

/** A snapshot of every account in table order with score 50, as the pane's Snapshot would append. */
function withSnapshot(output: Buffer, ids: readonly SourceValue[]): Buffer {
  const pkg = new WorkbookPackage(output);
  const part = pkg.sheetParts().get("Health History") as string;
  const rows = ids.map(
    (id, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}"><v>46000.5</v></c><c r="B${i + 2}" t="inlineStr"><is><t>${id}</t></is></c><c r="C${i + 2}"><v>50</v></c>${i === 0 ? `<c r="F2"><v>46000.5</v></c><c r="G2"><v>2</v></c><c r="H2"><v>${ids.length}</v></c>` : ""}</row>`
  );
  pkg.set(part, pkg.text(part).replace("</sheetData>", `${rows.join("")}</sheetData>`));
  return pkg.toBuffer();
}

/**
 * One LibreOffice process: load, recalculate everything (recalc mode "always") unless
 * `calculate` is false, save as `format`. "csv" saves only the first sheet's values, so it
 * measures load + recalculation, or load alone: our file has no cached values, and the input
 * sheet it saves has no formulas. "xlsx" adds writing every formula and value back.
 */
function recalculate(
  file: string,
  outDir: string,
  format: "xlsx" | "csv",
  calculate = true
): number {
  const script = join(ROOT, "scripts", "libreoffice.js");
  const program = `require(${JSON.stringify(script)}).convert([process.argv[1]], { format: process.argv[3], outDir: process.argv[2], recalculate: process.argv[4] === "true" }).catch((e) => { console.error(e.message); process.exit(1); })`;
  const [, ms] = time(() =>
    execFileSync(process.execPath, ["-e", program, file, outDir, format, String(calculate)], {
      stdio: "inherit",
    })
  );
  return ms;
}

/**
 * Scores LibreOffice computed (the score column), read from its sheet XML in slices of whole rows:
 * at 100,000 accounts the XML is longer than a JavaScript string may be.
 */
function computedScores(file: string, column: string): Map<number, string> {
  const pkg = new WorkbookPackage(readFileSync(file));
  const xml = entryContent(pkg.entry(pkg.sheetParts().get("Health Score") as string));
  const cellPattern = new RegExp(
    `<c r="${column}(\\d+)"[^>]*>(?:<f[^>]*(?:/>|>[^<]*</f>))?<v>([^<]*)</v>`,
    "g"
  );
  const scores = new Map<number, string>();
  for (let start = 0; start < xml.length;) {
    const cut = xml.indexOf("</row>", Math.min(start + 16_000_000, xml.length - 1));
    const end = cut < 0 ? xml.length : cut + 6;
    for (const m of xml.toString("utf8", start, end).matchAll(cellPattern))
      scores.set(Number(m[1]), m[2]);
    start = end;
  }
  return scores;
}

async function main() {
  process.stdout.write(
    `Health-score benchmark: ${ACCOUNTS.toLocaleString("en")} accounts × ${METRICS} metrics, Node ${process.version}, ${cpus().length} cores\n\n`
  );
  const d = data();
  const rows = inputSheet(d);
  const cfg = config(d);
  const sheets = [
    {
      name: "Accounts",
      lastRow: rows.length,
      value: (r: number, c: number) => rows[r - 1]?.[c - 1] ?? null,
    },
  ];
  const [ranges, resolveMs] = time(() => resolveRanges(cfg, sheets));
  const sources = {
    ranges,
    sheets: [{ name: "Accounts" }],
    structureProtected: false,
    buildId: "0123456789ab",
    builtAt: 46001,
    productVersion: "bench",
  };
  planHealthScore(cfg, sources); // warm-up: the first call pays for JIT compilation
  const [plan, planMs] = time(() => planHealthScore(cfg, sources));
  if (Array.isArray(plan)) throw new Error(plan.map((p) => p.message).join("\n"));
  line("reading the chosen ranges (in memory)", seconds(resolveMs));
  line("planning with validation", seconds(planMs), "target < 1 s (spec < 2 s)");

  const dir = mkdtempSync(join(tmpdir(), "cs-bench-"));
  try {
    const inputFile = join(dir, "input.xlsx");
    await inputWorkbook(rows, inputFile);
    const input = readFileSync(inputFile);
    const [output, writeMs] = time(() => writePlan(input, plan));
    const outputFile = join(dir, "health-score.xlsx");
    writeFileSync(outputFile, TREND === "snapshots" ? withSnapshot(output, d.ids) : output);
    line("file writing (package + sheets, in memory)", seconds(writeMs));
    line("input .xlsx size", `${(statSync(inputFile).size / 1e6).toFixed(1)} MB`);
    line(
      "output .xlsx size (with a snapshot of every account)",
      `${(statSync(outputFile).size / 1e6).toFixed(1)} MB`
    );
    line("formulas written", formulaCount(plan).toLocaleString("en"));
    line(
      "shared-formula column fills",
      String(plan.sheets.reduce((n, s) => n + s.fills.length, 0))
    );

    const floorMs = recalculate(outputFile, join(dir, "csv-load"), "csv", false);
    line("LibreOffice start + load, nothing calculated (floor)", seconds(floorMs));
    const loadMs = recalculate(outputFile, join(dir, "csv"), "csv");
    line("LibreOffice start + load + recalculate (csv out)", seconds(loadMs), "target < 30 s");
    if (process.env.BENCH_SKIP_XLSX) return;
    const recalcMs = recalculate(outputFile, join(dir, "out"), "xlsx");
    line("LibreOffice start + load + recalculate + save .xlsx", seconds(recalcMs));

    const ref = referenceHealthScore({ ids: d.ids, metrics: d.metrics, revenue: d.revenue });
    const scoreColumn = columnLetters(2 + 2 * METRICS);
    const computed = computedScores(join(dir, "out", "health-score.xlsx"), scoreColumn);
    let wrong = 0;
    ref.scores.forEach((s, i) => {
      const got = computed.get(i + 2);
      const ok =
        s === ""
          ? got === undefined || got === ""
          : got !== undefined && Math.abs(Number(got) - s) <= 1e-9 * Math.max(1, Math.abs(s));
      if (!ok) wrong++;
    });
    line("recalculated scores differing from the reference", `${wrong} of ${ACCOUNTS}`, "target 0");
  } finally {
    if (process.env.BENCH_KEEP) process.stdout.write(`files kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
