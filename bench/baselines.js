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

/**
 * NPSCI = one row [NPS, lower, upper, N]: the counts, then the adjusted-Wald interval of
 * functions.md §11 (n′ = N + 3, p′ = (P + 0.75)/n′, d′ = (D + 0.75)/n′, m = p′ − d′,
 * var = p′ + d′ − m²), bounds m ∓ z·√(var/n′) in points, clamped to −100..100.
 */
function npsCi(scores, z) {
  const [n, promoters, detractors] = npsCounts(scores);
  const adjusted = n + 3;
  const p = (promoters + 0.75) / adjusted;
  const d = (detractors + 0.75) / adjusted;
  const m = p - d;
  const margin = z * Math.sqrt((p + d - m * m) / adjusted);
  return [
    [
      ((promoters - detractors) / n) * 100,
      Math.max(-100, 100 * (m - margin)),
      Math.min(100, 100 * (m + margin)),
      n,
    ],
  ];
}

/** Number of numeric items and of those ≥ min, as an array (see npsCounts). */
function countAtLeast(range, min) {
  let n = 0;
  let reached = 0;
  for (let i = 0; i < range.length; i++) {
    const v = range[i][0];
    if (typeof v === "number") {
      n++;
      if (v >= min) reached++;
    }
  }
  return [n, reached];
}

/** Share of the numeric items that are ≥ min (CSAT, CES, USAGERATE). */
function shareAtLeast(range, min) {
  const [n, reached] = countAtLeast(range, min);
  return reached / n;
}

/**
 * CSATCI = one row [share, lower, upper, N]: the share of the numeric items ≥ min and its Wilson
 * interval (functions.md §11), clamped to 0..1.
 */
function csatCi(range, min, z) {
  const [n, reached] = countAtLeast(range, min);
  const share = reached / n;
  const z2n = (z * z) / n;
  const centre = (share + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((share * (1 - share)) / n + z2n / (4 * n));
  return [[share, Math.max(0, centre - half), Math.min(1, centre + half), n]];
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
  npsCi,
  csatCi,
  shareAtLeast,
  average,
  churnFromDates,
  ttvMedian,
};
