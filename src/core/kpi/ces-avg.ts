import { meanScore } from "../shapes/scale-survey";
import { CES_SCALE_MAX } from "./ces";
import { KpiResult } from "./kpi-result";

/**
 * Average customer effort score.
 *
 * The mean of the valid answers of a CES survey (whole numbers on 1..scale_max, 1–7 unless
 * stated, higher meaning easier):
 *
 *     CESAVG = sum of the answers / COUNT(scores)
 *
 * The answers are read and validated exactly as by `ces`. Blanks, text and TRUE/FALSE are
 * skipped, so the result equals `=AVERAGE(r)`.
 *
 * @example cesAvg([[5], [5], [6]]) // => 5.333…
 *
 * Errors: scale_max not a whole number ≥ 2 → `bad-scale`; an answer outside 1..scale_max →
 * `score-out-of-scale`; a fraction → `not-integer`; no valid answer → `no-values`.
 */
export function cesAvg(scores: unknown, scaleMax: unknown): KpiResult {
  return meanScore({ scores, scaleMax, defaultScaleMax: CES_SCALE_MAX });
}
