// Timing helpers: interleaved runs, medians, so that both sides see the same machine noise.
"use strict";
const { performance } = require("perf_hooks");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `ours` and `baseline` alternately (`runs` times each, after `warmup` rounds), returning
 * the median milliseconds of each. Results are kept in `sink` so no call can be optimised away.
 */
function compare(ours, baseline, { runs = 21, warmup = 5 } = {}) {
  const sink = [];
  for (let i = 0; i < warmup; i++) sink.push(ours(), baseline());
  const oursMs = [];
  const baselineMs = [];
  for (let i = 0; i < runs; i++) {
    const first = i % 2 === 0 ? [ours, oursMs] : [baseline, baselineMs];
    const second = i % 2 === 0 ? [baseline, baselineMs] : [ours, oursMs];
    for (const [fn, times] of [first, second]) {
      const start = performance.now();
      sink.push(fn());
      times.push(performance.now() - start);
    }
  }
  return { oursMs: median(oursMs), baselineMs: median(baselineMs), sink };
}

module.exports = { median, compare };
