/**
 * LibreOffice recalculation with threaded formula-group calculation off
 * (SC_NO_THREADED_CALCULATION=1), for threading.test.ts and snapshot-changes.test.ts, which
 * require the same values as LibreOffice as installed (threading on, test/support/libreoffice.ts). Jest gives each test file
 * its own copy of process.env, so the switch can only reach soffice through a child process's
 * environment.
 */
import { execFile } from "child_process";
import { join } from "path";
import { ensureLibreOffice } from "../support/libreoffice";

const SCRIPT = join(__dirname, "..", "..", "scripts", "libreoffice.js");

/** Recalculates with threaded formula-group calculation switched off. */
export function recalculateWithoutThreads(
  files: readonly string[],
  outDir: string
): Promise<string[]> {
  ensureLibreOffice();
  const program = `require(${JSON.stringify(SCRIPT)}).convert(JSON.parse(process.argv[1]), { format: "xlsx", outDir: process.argv[2] }).then((out) => console.log(JSON.stringify(out)), (e) => { console.error(e.message); process.exit(1); })`;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ["-e", program, JSON.stringify(files), outDir],
      {
        env: { ...process.env, SC_NO_THREADED_CALCULATION: "1" },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 900_000,
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))
    )
  );
}
