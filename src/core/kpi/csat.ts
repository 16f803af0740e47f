import { shareAtOrAbove } from "../shapes/scale-survey";
import { KpiResult } from "./kpi-result";

/**
 * Customer satisfaction score (CSAT).
 *
 * Customers rate their satisfaction with whole numbers on a 1..scale_max scale (1–5 unless
 * stated). CSAT is the share of satisfied answers, those at or above satisfied_min:
 *
 *     CSAT = COUNT(scores ≥ satisfied_min) / COUNT(scores)
 *
 * satisfied_min defaults to the smallest answer above the scale's midpoint,
 * floor((scale_max + 1) / 2) + 1: 4 on 1–5 (satisfied = 4 or 5), 6 on 1–10, 5 on 1–7.
 * Blanks, text (even "5") and TRUE/FALSE are skipped, as Excel's COUNT does, so the result
 * equals `=COUNTIF(r,">="&m)/COUNT(r)`.
 *
 * @example csat([[5], [4], [4], [3], [2], [1], [5], [5]]) // => 0.625 (5 of 8 answered 4 or 5)
 *
 * Errors: scale_max not a whole number ≥ 2 → `bad-scale`; satisfied_min not a whole number in
 * 1..scale_max → `bad-threshold`; an answer outside 1..scale_max → `score-out-of-scale`; a
 * fraction → `not-integer`; no valid answer → `no-values`.
 */
export function csat(scores: unknown, scaleMax: unknown, satisfiedMin: unknown): KpiResult {
  return shareAtOrAbove(
    { scores, scaleMax, defaultScaleMax: 5 },
    { param: "satisfied_min", value: satisfiedMin }
  );
}
