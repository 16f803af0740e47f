// LibreOffice as an independent formula engine: recalculates .xlsx files headless and converts
// them (xlsx with fresh values, pdf for pictures). Used by the parity tests, the health-score
// tests and the benchmarks. It runs with LibreOffice's default settings (threaded calculation
// on), as a user's LibreOffice does; `recalculate` only chooses whether values are recomputed on load.
const { execFile } = require("child_process");
const { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { basename, extname, join, resolve } = require("path");
const { pathToFileURL } = require("url");

const SOFFICE = "/usr/bin/soffice";
const APT_PACKAGE = "libreoffice-calc-nogui";

// LibreOffice trusts cached values in xlsx by default (OOXMLRecalcMode 1 = never) and ignores
// fullCalcOnLoad; 0 = always recalculate on load. Mode 1 on a file without cached values loads
// the formulas without calculating them: the benchmark's floor for a recalculation.
const recalcMode = (mode) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;

/**
 * Converts `inputs` with one LibreOffice process (one start-up for the whole batch) into
 * `outDir`, e.g. format "xlsx" (recalculated) or "pdf". Each call uses a fresh profile, so calls
 * may run in parallel. `recalculate: false` keeps LibreOffice's default (never recalculate on
 * load). Resolves to the output paths in input order; rejects if any is missing,
 * since soffice exits 0 even when a conversion fails.
 */
function convert(inputs, { format, outDir, timeoutMs = 600_000, recalculate = true }) {
  const profile = mkdtempSync(join(tmpdir(), "cs-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    recalcMode(recalculate ? 0 : 1)
  );
  mkdirSync(outDir, { recursive: true });
  const args = [
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--convert-to",
    format,
    "--outdir",
    resolve(outDir),
    ...inputs.map((p) => resolve(p)),
  ];
  return new Promise((resolvePromise, reject) => {
    execFile(
      SOFFICE,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        rmSync(profile, { recursive: true, force: true });
        const outputs = inputs.map((p) => join(outDir, `${basename(p, extname(p))}.${format}`));
        const missing = outputs.filter((p) => !existsSync(p));
        if (error || missing.length > 0) {
          reject(
            new Error(
              `LibreOffice failed to convert to ${format}: ${missing.join(", ") || "(all written)"}\n${error?.message ?? ""}\n${stdout}${stderr}`
            )
          );
        } else {
          resolvePromise(outputs);
        }
      }
    );
  });
}

module.exports = { SOFFICE, APT_PACKAGE, convert };
