// Deterministic bench data: Excel-shaped columns (arrays of one-item rows) from a seeded PRNG.
"use strict";
const { mulberry32: prng } = require("../samples/health-score/random");

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

/**
 * Two paired columns (start dates and their second dates), `rows` long: ~2% of rows blank on
 * both sides, ~1% a text header on both sides (pairs every reader skips), the rest
 * `pair(random)` = `[start, end]` with `end` null for a blank second date.
 */
function pairedColumns(seed, pair, rows = 1048576) {
  const random = prng(seed);
  const starts = new Array(rows);
  const ends = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = random();
    const [start, end] = r < 0.02 ? [null, null] : r < 0.03 ? ["Start", "End"] : pair(random);
    starts[i] = [start];
    ends[i] = [end];
  }
  return [starts, ends];
}

module.exports = { prng, column, pairedColumns };
