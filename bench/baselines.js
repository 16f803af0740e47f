// The floor each CS function is measured against: a bare loop over the same Excel-shaped
// columns (arrays of one-item rows) computing the same result straight from the definition in
// functions.md, with no validation, no error handling and no reuse. What the functions cost
// beyond these loops is the price of reading every kind of cell and checking it.
"use strict";

/**
 * Number of numeric items, promoters (≥ 9) and detractors (≤ 6), as an array: returned as an
 * object literal, V8 deoptimised this function at the literal on every call of a bench run,
 * which slowed the baseline that NPS is measured against.
 */
function npsCounts(scores) {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i][0];
    if (typeof v === "number") {
      n++;
      if (v >= 9) promoters++;
      else if (v <= 6) detractors++;
    }
  }
  return [n, promoters, detractors];
}

/** NPS = (promoters − detractors) / N × 100. */
function nps(scores) {
  const [n, promoters, detractors] = npsCounts(scores);
  return ((promoters - detractors) / n) * 100;
}

/** NPSBREAKDOWN = one row [P/N, passives/N, D/N, N]; passives answer 7 or 8. */
function npsBreakdown(scores) {
  const [n, promoters, detractors] = npsCounts(scores);
  return [[promoters / n, (n - promoters - detractors) / n, detractors / n, n]];
}

/** Share of the numeric items that are ≥ min (CSAT, CES, USAGERATE). */
function shareAtLeast(range, min) {
  let n = 0;
  let reached = 0;
  for (let i = 0; i < range.length; i++) {
    const v = range[i][0];
    if (typeof v === "number") {
      n++;
      if (v >= min) reached++;
    }
  }
  return reached / n;
}

/** Mean of the numeric items, summed in order. */
function average(range) {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < range.length; i++) {
    const v = range[i][0];
    if (typeof v === "number") {
      n++;
      sum += v;
    }
  }
  return sum / n;
}

/**
 * Churned in [first, last] / customers at first, dates as whole days: at start = started before
 * first and not ended before it; churned = at-start customers ending in the period plus new
 * ones ending by its end.
 */
function churnFromDates(starts, ends, first, last) {
  let atStart = 0;
  let churned = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i][0];
    if (typeof s !== "number") continue;
    const start = Math.floor(s);
    const e = ends[i][0];
    const ended = typeof e === "number";
    const end = ended ? Math.floor(e) : 0;
    if (start < first) {
      if (ended && end < first) continue;
      atStart++;
      if (ended && end <= last) churned++;
    } else if (start <= last && ended && end <= last) {
      churned++;
    }
  }
  return churned / atStart;
}

/** Median of value − start over the pairs with both dates (sorted as a Float64Array). */
function ttvMedian(starts, values) {
  const intervals = new Float64Array(starts.length);
  let n = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i][0];
    const v = values[i][0];
    if (typeof s === "number" && typeof v === "number") intervals[n++] = v - s;
  }
  const sorted = intervals.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

module.exports = {
  nps,
  npsBreakdown,
  shareAtLeast,
  average,
  churnFromDates,
  ttvMedian,
};
