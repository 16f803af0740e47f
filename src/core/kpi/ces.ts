import { shareAtOrAbove } from "../shapes/scale-survey";
import { KpiResult } from "./kpi-result";

/** CES surveys use a 1–7 agreement scale unless scale_max says otherwise. */
export const CES_SCALE_MAX = 7;

/**
 * Customer Effort Score (CES).
 *
 * Customers rate "It was easy to get my issue handled" with whole numbers on 1..scale_max
 * (1–7 unless stated), higher meaning easier. CES is the share of positive answers, those at or
 * above positive_min:
 *
 *     CES = COUNT(scores ≥ positive_min) / COUNT(scores)
 *
 * positive_min defaults to the smallest answer above the scale's midpoint,
 * floor((scale_max + 1) / 2) + 1: 5 on 1–7, 4 on 1–5. For a survey where a lower score means
 * less effort, reverse the answers first (scale_max + 1 − score). Blanks, text and TRUE/FALSE
 * are skipped, so the result equals `=COUNTIF(r,">="&m)/COUNT(r)`.
 *
 * @example ces([[7], [6], [5], [4], [3], [2], [1]]) // => 0.428… (3 of 7 answered 5–7)
 *
 * Errors: scale_max not a whole number ≥ 2 → `bad-scale`; positive_min not a whole number in
 * 1..scale_max → `bad-threshold`; an answer outside 1..scale_max → `score-out-of-scale`; a
 * fraction → `not-integer`; no valid answer → `no-values`.
 */
export function ces(scores: unknown, scaleMax: unknown, positiveMin: unknown): KpiResult {
  return shareAtOrAbove(
    { scores, scaleMax, defaultScaleMax: CES_SCALE_MAX },
    { param: "positive_min", value: positiveMin }
  );
}
