// `npm run bench`: every range-taking CS function from the built bundle, at full-column scale,
// against a hand-written bare loop computing the same result over the same array in the same
// process. Prints a table and writes bench/results.json. Figures are ratios to that baseline,
// because machines here are noisy.
"use strict";
const { writeFileSync } = require("fs");
const { join } = require("path");
const { loadBundle } = require("../scripts/load-bundle");
const { column } = require("./data");
const { compare } = require("./measure");
const { bundleSizes } = require("./sizes");

const ROWS = 1048576;

/** Bare loops: no validation, no error handling, just the definition. */
const baselines = {
  npsCounts(range) {
    let n = 0;
    let promoters = 0;
    let detractors = 0;
    for (let i = 0; i < range.length; i++) {
      const v = range[i][0];
      if (typeof v === "number") {
        n++;
        if (v >= 9) promoters++;
        else if (v <= 6) detractors++;
      }
    }
    return { n, promoters, detractors };
  },
};

const scoreColumn = () => column(1, (random) => Math.floor(random() * 11), ROWS);

const CASES = [
  {
    id: "NPS",
    target: 1.2,
    args: () => [scoreColumn()],
    baseline: ([scores]) => {
      const { n, promoters, detractors } = baselines.npsCounts(scores);
      return ((promoters - detractors) / n) * 100;
    },
  },
];

function valueOf(result) {
  return result !== null && typeof result === "object" && "basicValue" in result
    ? result.basicValue
    : result;
}

/** Extra heap while NPS runs over the column, against the column's own size. */
function npsMemory(nps) {
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const scores = scoreColumn();
  global.gc();
  const withInput = process.memoryUsage().heapUsed;
  let peak = withInput;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 0);
  const result = nps(scores);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  return { inputBytes: withInput - before, extraBytes: peak - withInput, result: valueOf(result) };
}

function main() {
  if (typeof global.gc !== "function")
    throw new Error("run with node --expose-gc (npm run bench does)");
  const { functions } = loadBundle({ customFunctionsRuntime: "1.4", sameRealm: true });
  const results = {};
  const rows = [];
  for (const c of CASES) {
    const args = c.args();
    const fn = functions.get(c.id);
    const ours = () => valueOf(fn(...args));
    const expected = c.baseline(args);
    if (JSON.stringify(ours()) !== JSON.stringify(expected)) {
      throw new Error(
        `${c.id}: bundle gives ${JSON.stringify(ours())}, baseline ${JSON.stringify(expected)}`
      );
    }
    const { oursMs, baselineMs } = compare(ours, () => c.baseline(args));
    const ratio = oursMs / baselineMs;
    results[c.id] = {
      ours_ms: oursMs,
      baseline_ms: baselineMs,
      ratio,
      target: c.target,
      rows: ROWS,
    };
    rows.push([
      c.id,
      ROWS,
      oursMs.toFixed(2),
      baselineMs.toFixed(2),
      ratio.toFixed(2),
      `≤ ${c.target}`,
      ratio <= c.target ? "ok" : "MISSED",
    ]);
  }
  const memory = npsMemory(functions.get("NPS"));
  const sizes = bundleSizes();
  results.memory = { NPS: memory };
  results.bundle = sizes;

  console.log(
    `node ${process.version}, ${require("os").cpus().length} cores, median of 21 interleaved runs after 5 warm-up rounds\n`
  );
  console.table(
    rows.map(([fn, n, ours, base, ratio, target, verdict]) => ({
      function: fn,
      rows: n,
      "ours ms": ours,
      "baseline ms": base,
      ratio,
      target,
      verdict,
    }))
  );
  const mb = (b) => (b / 1048576).toFixed(1);
  console.log(
    `NPS memory: input column ${mb(memory.inputBytes)} MB, extra during the call ${mb(memory.extraBytes)} MB (target ≤ 2 × input)`
  );
  console.log(
    `Bundle: ${sizes.files.map((f) => `${f.file} ${(f.minBytes / 1024).toFixed(1)} KB min, ${(f.gzipBytes / 1024).toFixed(1)} KB gzip`).join("; ")}; total ${(sizes.totalGzipBytes / 1024).toFixed(1)} KB gzip (target ≤ 60 KB)`
  );
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
}

main();
