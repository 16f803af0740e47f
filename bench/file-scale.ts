/**
 * The command line at full scale: `cs-metrics health-score` on 1,048,575 accounts × 12 metrics
 * and on 100,000 × 12, from a .csv and from an .xlsx of the same data, each in a child process
 * with Node's default heap (time, peak RSS), and beside each run the baseline of reading the
 * same file and writing it back without a health sheet. Run: npm run bench (or npm run
 * bench:file-scale); BENCH_FILE_SIZES=100000 runs only the sizes listed.
 */
import { spawnSync } from "child_process";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { columnLetters } from "../src/a1/a1";
import { decodeCsv, parseCsv } from "../src/xlsx/csv";
import { csvPackage } from "../src/xlsx/csv-package";
import { readInputWorkbook } from "../src/xlsx/read-workbook";
import { verifyArchive } from "../src/xlsx/zip";

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "cs-metrics.js");
const METRICS = 12;
const SIZES = (process.env.BENCH_FILE_SIZES ?? "1048575,100000").split(",").map(Number);

/** Preloaded into each child: its peak RSS and CPU seconds, printed as it exits. */
const PEAK = `process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\nPEAK_RSS " + u.maxRSS + " CPU " + (u.userCPUTime + u.systemCPUTime) / 1e6 + "\\n"); });`;

function writeCsv(dir: string, accounts: number): { csv: string; config: string } {
  const csv = join(dir, "Accounts.csv");
  const fd = openSync(csv, "w");
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) % 1000;
  const header = ["id", ...Array.from({ length: METRICS }, (_, k) => `metric ${k + 1}`)];
  let batch = [header.join(",")];
  for (let i = 1; i <= accounts; i++) {
    batch.push([`A-${i}`, ...Array.from({ length: METRICS }, next)].join(","));
    if (batch.length === 10_000) {
      writeFileSync(fd, `${batch.join("\n")}\n`);
      batch = [];
    }
  }
  writeFileSync(fd, `${batch.join("\n")}\n`);
  closeSync(fd);
  const last = accounts + 1;
  const column = (c: number) => `Accounts!${columnLetters(c)}1:${columnLetters(c)}${last}`;
  const config = join(dir, "config.json");
  writeFileSync(
    config,
    JSON.stringify({
      version: 1,
      ids: { range: column(1) },
      metrics: Array.from({ length: METRICS }, (_, k) => ({ range: column(k + 2) })),
      trendSource: "none",
    })
  );
  return { csv, config };
}

interface Run {
  readonly seconds: number;
  /** User + system CPU time: what a run costs, whatever else the machine is doing. */
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly outputMb: number;
}

function child(dir: string, argv: readonly string[], output: string): Run {
  const preload = join(dir, "peak.js");
  writeFileSync(preload, PEAK);
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", preload, ...argv], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${argv.join(" ")} failed (${run.status}): ${run.stderr}`);
  const peak = /PEAK_RSS (\d+) CPU ([\d.]+)/.exec(run.stderr);
  return {
    seconds,
    cpuSeconds: peak ? Number(peak[2]) : NaN,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    outputMb: statSync(join(dir, output)).size / 1024 / 1024,
  };
}

async function writeNew(output: string, write: (fd: number) => Promise<void>): Promise<void> {
  const fd = openSync(output, "wx");
  try {
    await write(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Baseline child: read the input as the command reads it (a .csv parsed into columns; an .xlsx's
 * workbook and sheet values, every other entry verified) and write it back, no health sheet.
 */
async function rewrite(input: string, output: string): Promise<void> {
  const content = readFileSync(input);
  if (input.endsWith(".csv")) {
    const pkg = csvPackage(parseCsv(decodeCsv(content)), "Accounts");
    return writeNew(output, (fd) => pkg.writeTo(fd));
  }
  const read = await readInputWorkbook(content, input);
  await read.loadSheets([read.sheets[0].name]);
  if (read.sheets[0].lastRow === 0) throw new Error(`${input} has no values`);
  await verifyArchive(content, read.pkg.checkedParts);
  return writeNew(output, (fd) => read.pkg.writeTo(fd));
}

const line = (label: string, r: Run) =>
  `${label.padEnd(54)} ${r.seconds.toFixed(1).padStart(7)} s (CPU ${r.cpuSeconds.toFixed(1).padStart(6)} s)  peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB  output ${r.outputMb.toFixed(1)} MB`;

function main(): void {
  console.log(`cs-metrics health-score at file scale (Node ${process.version}, default heap)`);
  for (const accounts of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), "cs-file-scale-"));
    try {
      const { csv, config } = writeCsv(dir, accounts);
      const label = `${accounts.toLocaleString("en")} × ${METRICS}`;
      // The .csv baseline's output is the .xlsx input: the same data, sheet Accounts.
      for (const [input, plain] of [
        [csv, "Accounts.xlsx"],
        ["Accounts.xlsx", "plain.xlsx"],
      ]) {
        const kind = input.endsWith(".csv") ? ".csv" : ".xlsx";
        const built = child(
          dir,
          [BIN, "health-score", "--input", input, "--config", config, "--output", "out.xlsx"],
          "out.xlsx"
        );
        console.log(line(`${label} ${kind}: health-score`, built));
        rmSync(join(dir, "out.xlsx"));
        const baseline = child(dir, [__filename, "rewrite", input, plain], plain);
        console.log(line(`${label} ${kind}: read + rewrite, no health sheet`, baseline));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log("target: 1,048,575 × 12 with peak RSS ≤ 1500 MB");
}

if (process.argv[2] === "rewrite")
  rewrite(process.argv[3], process.argv[4]).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
else main();
