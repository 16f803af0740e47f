// Deterministic bench data: Excel-shaped columns (arrays of one-item rows) from a seeded PRNG.
"use strict";

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same data on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A full column (1,048,576 rows by default): ~2% blanks, ~1% text, the rest from `value(random)`. */
function column(seed, value, rows = 1048576) {
  const random = prng(seed);
  const out = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = random();
    out[i] = [r < 0.02 ? null : r < 0.03 ? "n/a" : value(random)];
  }
  return out;
}

module.exports = { prng, column };
