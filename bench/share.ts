/**
 * Share benchmark (docs/share.md §6): a generated workbook with 10,000 `_xldudf_CS_*` formulas on
 * random valid data (every function, as the LibreOffice test makes them), converted by the CLI.
 * Printed beside it, measured in the same run on the same file: the time to merely read and write
 * the file (every part inflated, deflated and written back unchanged), the floor of any
 * conversion. Run: npm run bench:share (BENCH_FORMULAS=n for another size).
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { shareWorkbookFile } from "../src/xlsx/share-file";
import { WorkbookPackage } from "../src/xlsx/write-workbook";
import { entryContent, readZip } from "../src/xlsx/zip";
import { SHARE_SPECS, randomShareBook } from "../test/share/random-book";
import { bookParts, zipParts } from "../test/support/xlsx-parts";

const FORMULAS = Number(process.env.BENCH_FORMULAS ?? 10_000);
const RUNS = 5;
const ROOT = join(__dirname, "..", "..", "..");

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const line = (what: string, value: string, target = "") =>
  process.stdout.write(`${what.padEnd(50)} ${value.padStart(17)}   ${target}\n`);
/** Wall-clock and CPU milliseconds of `run` (CPU time is not charged for waiting on others). */
const time = (run: () => void): [number, number] => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return [performance.now() - start, (used.user + used.system) / 1000];
};

/** Runs the command in a child process that reports its own CPU time on exit. */
function runCommand(reporter: string, args: readonly string[]): [number, number] {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-r", reporter, ...args], {
    maxBuffer: 1 << 28,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`cs-metrics share failed: ${child.stderr}`);
  const stderr = child.stderr;
  const cpu = Number(/CPU (\S+)/.exec(stderr)?.[1]);
  return [performance.now() - start, cpu];
}

/** Reads every part and writes the package back, nothing changed: the floor of a conversion. */
function readAndWrite(input: string, output: string): void {
  const buffer = readFileSync(input);
  const pkg = new WorkbookPackage(buffer);
  for (const entry of readZip(buffer)) pkg.set(entry.name, entryContent(entry).toString("utf8"));
  writeFileSync(output, pkg.toBuffer());
}

const dir = mkdtempSync(join(tmpdir(), "cs-bench-share-"));
try {
  const perSpec = Math.ceil(FORMULAS / SHARE_SPECS.length);
  const random = randomShareBook(perSpec, 20_260_601);
  const input = join(dir, "book.xlsx");
  writeFileSync(input, zipParts(bookParts(random.book)));
  line("CS formulas in the workbook", String(random.formulas));
  line("file size", `${(statSync(input).size / 1e6).toFixed(2)} MB`);

  const cli = join(ROOT, "bin", "cs-metrics.js");
  const reporter = join(dir, "cpu.js");
  writeFileSync(
    reporter,
    'process.on("exit", () => { const u = process.cpuUsage(); require("fs").writeSync(2, `CPU ${(u.user + u.system) / 1000}\\n`); });\n'
  );
  const [cliRuns, inProcess, baseline]: [number, number][][] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(time(() => readAndWrite(input, join(dir, "same.xlsx"))));
    inProcess.push(
      time(() => {
        const result = shareWorkbookFile(readFileSync(input), { values: false });
        writeFileSync(join(dir, "converted.xlsx"), result.output as Buffer);
      })
    );
    cliRuns.push(
      runCommand(reporter, [
        cli,
        "share",
        "--input",
        input,
        "--output",
        join(dir, "shared.xlsx"),
        "--force",
      ])
    );
  }
  const report = JSON.parse(
    execFileSync(
      process.execPath,
      [cli, "share", "--input", input, "--output", join(dir, "shared.xlsx"), "--force", "--json"],
      { maxBuffer: 1 << 28 }
    ).toString()
  );
  line(
    "rules",
    `${report.counts.native} native, ${report.counts.value} value, ${report.counts.kept} kept`
  );
  const both = (runs: [number, number][]) =>
    `${seconds(median(runs.map((r) => r[0])))} / ${seconds(median(runs.map((r) => r[1])))}`;
  line(`wall / CPU, median of ${RUNS} runs each, interleaved:`, "");
  line("read + write the file unchanged (in process)", both(baseline));
  line("share (in process, warm)", both(inProcess));
  line("cs-metrics share, whole process (cold)", both(cliRuns), "target < 5 s");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
