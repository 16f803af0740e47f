// Timing and memory helpers: interleaved runs and medians, so that both sides see the same
// machine noise; heap growth around a call, with a check that no GC hid part of it.
"use strict";

const RUNS = 41;
const WARMUP = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU time of this process so far, in milliseconds (user + system). */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times `ours` and `baseline` alternately (`runs` times each, after `warmup` rounds; which one
 * goes first alternates too) and returns the median of each, in milliseconds of CPU time
 * (`oursMs`, `baselineMs`: the process's own CPU time, which does not grow while another
 * process has the core) and of wall-clock time (`oursWallMs`, `baselineWallMs`). Results are
 * kept in `sink` so no call can be optimised away.
 */
function compare(ours, baseline, { runs = RUNS, warmup = WARMUP } = {}) {
  const sink = [];
  for (let i = 0; i < warmup; i++) sink.push(ours(), baseline());
  const times = { ours: { cpu: [], wall: [] }, baseline: { cpu: [], wall: [] } };
  const sides = [
    [ours, times.ours],
    [baseline, times.baseline],
  ];
  for (let i = 0; i < runs; i++) {
    for (const [fn, side] of i % 2 === 0 ? sides : [...sides].reverse()) {
      const wall = performance.now();
      const cpu = cpuMs();
      sink.push(fn());
      side.cpu.push(cpuMs() - cpu);
      side.wall.push(performance.now() - wall);
    }
  }
  return {
    oursMs: median(times.ours.cpu),
    baselineMs: median(times.baseline.cpu),
    oursWallMs: median(times.ours.wall),
    baselineWallMs: median(times.baseline.wall),
    sink,
  };
}

/** A full GC, twice: the second one finishes sweeping what the first left, so heapUsed is exact. */
function settle() {
  global.gc();
  global.gc();
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
  settle();
  const before = inUse();
  const input = makeInput();
  settle();
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

module.exports = { RUNS, WARMUP, median, compare, memoryDuring, settle };
