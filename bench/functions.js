// `npm run bench`: every range-taking CS function from the built bundle, at full-column scale,
// against a hand-written bare loop computing the same result over the same array in the same
// process (bench/baselines.js). Prints a table and writes bench/results.json. Figures are
// ratios to that baseline, because machines here are noisy. See bench/README.md.
//
// `node --expose-gc bench/functions.js NPS TTV` runs only the cases named.
"use strict";
const { writeFileSync } = require("fs");
const { cpus } = require("os");
const { join } = require("path");
const { loadBundle } = require("../scripts/load-bundle");
const baselines = require("./baselines");
const { column, pairedColumns } = require("./data");
const { compare, memoryDuring, settle, RUNS, WARMUP } = require("./measure");
const { bundleSizes } = require("./sizes");

const ROWS = 1048576;
const JAN_2020 = 43831;
const JAN_2024 = 45292;
/** NORM.S.INV(0.975), the z of the default 95% confidence (functions.md §11), as a constant. */
const Z95 = 1.959963984540054;
const JAN_31_2024 = 45322;

/** Integer answers min..max, with ~2% blanks and ~1% text. */
const scoreColumn = (seed, min, max) =>
  column(seed, (random) => min + Math.floor(random() * (max - min + 1)), ROWS);

/** Weekly sessions per customer, 0 to 40 with two decimals, with ~2% blanks and ~1% text. */
const usageColumn = () => column(4, (random) => Math.floor(random() * 4000) / 100, ROWS);

/** Subscriptions started 2020–2024, a few at a time of day; ~40% still active (blank end). */
const subscriptions = () =>
  pairedColumns(
    11,
    (random) => {
      const start = JAN_2020 + Math.floor(random() * 1827) + (random() < 0.1 ? 0.75 : 0);
      return [start, random() < 0.4 ? null : start + random() * 1000];
    },
    ROWS
  );

/** Customers started 2020–2024 at any time of day; ~30% have not reached value (blank). */
const onboardings = () =>
  pairedColumns(
    12,
    (random) => {
      const start = JAN_2020 + random() * 1827;
      return [start, random() < 0.3 ? null : start + random() * random() * 120];
    },
    ROWS
  );

/**
 * One case per range-taking function: the arguments (built once), the function's result as
 * the bare loop computes it, and the ratio to meet.
 */
const CASES = [
  {
    id: "NPS",
    target: 1.2,
    args: () => [scoreColumn(1, 0, 10)],
    baseline: ([scores]) => baselines.nps(scores),
  },
  {
    id: "NPSBREAKDOWN",
    target: 1.2,
    args: () => [scoreColumn(1, 0, 10)],
    baseline: ([scores]) => baselines.npsBreakdown(scores),
  },
  {
    id: "CSAT",
    target: 1.2,
    args: () => [scoreColumn(2, 1, 5), null, null], // 1–5, satisfied = 4–5
    baseline: ([scores]) => baselines.shareAtLeast(scores, 4),
  },
  {
    id: "CES",
    target: 1.2,
    args: () => [scoreColumn(3, 1, 7), null, null], // 1–7, positive = 5–7
    baseline: ([scores]) => baselines.shareAtLeast(scores, 5),
  },
  {
    id: "CESAVG",
    target: 1.2,
    args: () => [scoreColumn(3, 1, 7), null],
    baseline: ([scores]) => baselines.average(scores),
  },
  {
    id: "USAGERATE",
    target: 1.2,
    args: () => [usageColumn(), 10],
    baseline: ([usage, threshold]) => baselines.shareAtLeast(usage, threshold),
  },
  {
    id: "NPSCI",
    target: 1.2,
    args: () => [scoreColumn(1, 0, 10), null], // 95%
    baseline: ([scores]) => baselines.npsCi(scores, Z95),
  },
  {
    id: "CSATCI",
    target: 1.2,
    args: () => [scoreColumn(2, 1, 5), null, null, null], // 1–5, satisfied = 4–5, 95%
    baseline: ([scores]) => baselines.csatCi(scores, 4, Z95),
  },
  {
    id: "CHURNFROMDATES",
    target: 1.5,
    args: () => [...subscriptions(), JAN_2024, JAN_31_2024],
    baseline: ([starts, ends, first, last]) => baselines.churnFromDates(starts, ends, first, last),
  },
  {
    id: "TTV",
    target: 1.5,
    args: () => [...onboardings(), null],
    baseline: ([starts, values]) => baselines.ttvMedian(starts, values),
  },
];

/** A result as a plain value: the number inside a formatted number, row by row for a spill. */
function plain(result) {
  if (Array.isArray(result)) return result.map((row) => row.map(plain));
  if (result instanceof Error) throw new Error(`${result.code}: ${result.message}`);
  return result !== null && typeof result === "object" && "basicValue" in result
    ? result.basicValue
    : result;
}

/**
 * Same result, item by item, within functions.md §10 (|a − e| ≤ 1e-12 × max(1, |e|)): the
 * baselines of NPSCI and CSATCI use z as a constant, which may differ from the computed one in
 * its last bit; every other baseline gives the very same numbers.
 */
function agree(actual, expected) {
  const a = [actual].flat(2);
  const e = [expected].flat(2);
  return (
    a.length === e.length &&
    a.every(
      (x, i) =>
        x === e[i] ||
        (typeof x === "number" && Math.abs(x - e[i]) <= 1e-12 * Math.max(1, Math.abs(e[i])))
    )
  );
}

function runCase(functions, c) {
  const args = c.args();
  const fn = functions.get(c.id);
  const ours = () => plain(fn(...args));
  const expected = c.baseline(args);
  const actual = ours();
  if (!agree(actual, expected)) {
    throw new Error(
      `${c.id}: bundle gives ${JSON.stringify(actual)}, baseline ${JSON.stringify(expected)}`
    );
  }
  // Collect the data built for earlier cases now, so that no collector thread is busy with it
  // (and charged to either side) while this case is timed.
  settle();
  const t = compare(ours, () => c.baseline(args));
  return {
    ours_ms: t.oursMs,
    baseline_ms: t.baselineMs,
    ratio: t.oursMs / t.baselineMs,
    target: c.target,
    wall: {
      ours_ms: t.oursWallMs,
      baseline_ms: t.baselineWallMs,
      ratio: t.oursWallMs / t.baselineWallMs,
    },
  };
}

async function main() {
  if (typeof global.gc !== "function")
    throw new Error("run with node --expose-gc (npm run bench does)");
  const only = process.argv.slice(2);
  const cases = only.length > 0 ? CASES.filter((c) => only.includes(c.id)) : CASES;
  const { functions } = loadBundle({ customFunctionsRuntime: "1.4", sameRealm: true });

  const results = { rows: ROWS };
  // Memory first, on a heap that holds nothing else yet.
  const memory = await memoryDuring(
    () => scoreColumn(1, 0, 10),
    (scores) => functions.get("NPS")(scores)
  );
  for (const c of cases) results[c.id] = runCase(functions, c);
  results.memory = { NPS: memory };
  results.bundle = bundleSizes();
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  print(results, cases);
}

function print(results, cases) {
  console.log(
    `node ${process.version}, ${cpus().length} cores; ${ROWS} rows; median CPU time of ${RUNS} interleaved runs after ${WARMUP} warm-up rounds\n`
  );
  console.table(
    cases.map(({ id }) => {
      const r = results[id];
      return {
        function: id,
        rows: ROWS,
        "ours ms": r.ours_ms.toFixed(2),
        "baseline ms": r.baseline_ms.toFixed(2),
        ratio: r.ratio.toFixed(2),
        target: `≤ ${r.target}`,
        verdict: r.ratio <= r.target ? "ok" : "MISSED",
        "wall ratio": r.wall.ratio.toFixed(2),
      };
    })
  );
  const mb = (b) => (b / 1048576).toFixed(1);
  const m = results.memory.NPS;
  console.log(
    `NPS memory: input column ${mb(m.inputBytes)} MB; allocated during the call ${mb(m.extraBytes)} MB ` +
      `(${m.gcDuringCall ? "a GC ran during the call: figure is a lower bound" : "no GC during the call: this bounds the peak"}; target ≤ 2 × input)`
  );
  const { files, totalGzipBytes } = results.bundle;
  const kb = (b) => (b / 1024).toFixed(1);
  console.log(
    `Bundle: ${files.map((f) => `${f.file} ${kb(f.minBytes)} KB min, ${kb(f.gzipBytes)} KB gzip`).join("; ")}; ` +
      `total ${kb(totalGzipBytes)} KB gzip (target ≤ 60 KB)`
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
