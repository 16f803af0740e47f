// Timing and memory helpers: interleaved runs and medians, so that both sides see the same
// machine noise; heap growth around a call, with a check that no GC hid part of it.
"use strict";

const RUNS = 21;
const WARMUP = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `ours` and `baseline` alternately (`runs` times each, after `warmup` rounds; which one
 * goes first alternates too), returning the median milliseconds of each. Results are kept in
 * `sink` so no call can be optimised away.
 */
function compare(ours, baseline, { runs = RUNS, warmup = WARMUP } = {}) {
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

/** Heap plus typed-array memory in use (bytes). */
function inUse() {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Memory of `call(input)` against the size of its input (from `makeInput`): the growth of heap
 * and typed-array memory across the call, with garbage kept. While no GC runs during the call
 * (reported as `gcDuringCall`), that growth is everything the call allocated, so it bounds the
 * call's peak extra memory from above.
 */
async function memoryDuring(makeInput, call) {
  global.gc();
  const before = inUse();
  const input = makeInput();
  global.gc();
  const withInput = inUse();
  let gcs = 0;
  const observer = new PerformanceObserver((list) => (gcs += list.getEntries().length));
  observer.observe({ entryTypes: ["gc"] });
  const result = call(input);
  const after = inUse();
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer hear of any GC
  observer.disconnect();
  return {
    inputBytes: withInput - before,
    extraBytes: after - withInput,
    gcDuringCall: gcs > 0,
    keep: typeof result,
  };
}

module.exports = { RUNS, WARMUP, median, compare, memoryDuring };
