/**
 * Share benchmark (docs/share.md §6): a generated workbook with 10,000 `_xldudf_CS_*` formulas on
 * random valid data (every function, as the LibreOffice test makes them), converted by the CLI.
 * Printed beside it, measured in the same run on the same file: the time to merely read and write
 * the file (every part inflated, deflated and written back unchanged), the floor of any
 * conversion. Run: npm run bench:share (BENCH_FORMULAS=n for another size).
 */
import { execFileSync } from "child_process";
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
  process.stdout.write(`${what.padEnd(58)} ${value.padStart(10)}   ${target}\n`);
const time = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

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
  const [cliRuns, inProcess, baseline]: number[][] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(time(() => readAndWrite(input, join(dir, "same.xlsx"))));
    inProcess.push(
      time(() => {
        const result = shareWorkbookFile(readFileSync(input), { values: false });
        writeFileSync(join(dir, "converted.xlsx"), result.output as Buffer);
      })
    );
    cliRuns.push(
      time(() =>
        execFileSync(
          process.execPath,
          [
            cli,
            "share",
            "--input",
            input,
            "--output",
            join(dir, "shared.xlsx"),
            "--force",
            "--json",
          ],
          { maxBuffer: 1 << 28 }
        )
      )
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
  line(`read + write the file unchanged (median of ${RUNS})`, seconds(median(baseline)));
  line(`share, in process (median of ${RUNS})`, seconds(median(inProcess)));
  line(
    `cs-metrics share, whole process (median of ${RUNS})`,
    seconds(median(cliRuns)),
    "target < 5 s"
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
