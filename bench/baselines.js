// The floor each CS function is measured against: a bare loop over the same Excel-shaped
// columns (arrays of one-item rows) computing the same result straight from the definition in
// functions.md, with no validation, no error handling and no reuse. What the functions cost
// beyond these loops is the price of reading every kind of cell and checking it.
"use strict";

/** Number of numeric items and how many are ≥ low and ≥ high (NPS, CSAT, CES, USAGERATE). */
function countAtLeast(range, low, high = Infinity) {
  let n = 0;
  let atLow = 0;
  let atHigh = 0;
  for (let i = 0; i < range.length; i++) {
    const v = range[i][0];
    if (typeof v === "number") {
      n++;
      if (v >= low) {
        atLow++;
        if (v >= high) atHigh++;
      }
    }
  }
  return { n, atLow, atHigh };
}

/** NPS = (promoters − detractors) / N × 100; promoters ≥ 9, detractors ≤ 6. */
function nps(scores) {
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
  return ((promoters - detractors) / n) * 100;
}

/** Share of numeric items ≥ min. */
function shareAtLeast(range, min) {
  const { n, atLow } = countAtLeast(range, min);
  return atLow / n;
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

module.exports = { countAtLeast, nps, shareAtLeast, average, churnFromDates, ttvMedian };
