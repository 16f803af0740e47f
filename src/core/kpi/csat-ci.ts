import { Checks } from "../args/checks";
import { readConfidence } from "../args/confidence";
import { isKpiError } from "../errors/kpi-error";
import { tallySurvey } from "../shapes/scale-survey";
import { KpiRowResult } from "./kpi-result";

/** CSAT, the lower and upper bounds of its confidence interval, then the number of answers. */
export type CsatInterval = readonly [csat: number, lower: number, upper: number, answers: number];

/**
 * Customer satisfaction (CSAT) with its confidence interval: the range in which the share of
 * satisfied customers probably lies, given that only some of them answered.
 *
 * CSAT (csat.ts) is p̂ = x/n, x satisfied answers (at or above satisfied_min) of n valid answers
 * on 1..scale_max. The interval is Wilson's score interval (Wilson 1927, Journal of the American
 * Statistical Association 22), which, unlike p̂ ± z·√(p̂(1 − p̂)/n), never leaves 0..1 and
 * does not collapse to a point when every answer is satisfied:
 *
 *     centre = (p̂ + z²/(2n)) / (1 + z²/n)
 *     half   = z / (1 + z²/n) × √(p̂(1 − p̂)/n + z²/(4n²))
 *     lower, upper = centre ∓ half, clamped to 0..1
 *
 * with z = NORM.S.INV(1 − (1 − confidence)/2), 1.96 at 95% (the default). 5 satisfied of 8 is a
 * CSAT of 62.5% whose 95% interval runs from 30.6% to 86.3%: eight answers say little; 80 of 100
 * narrows it to 71.1%–86.7%. The three shares are rates, n a count.
 *
 * @example csatCi([[5], [4], [4], [3], [2], [1], [5], [5]]) // => [0.625, 0.3057…, 0.8632…, 8]
 *
 * Errors (one error value, never a row): scores, scale_max and satisfied_min as CS.CSAT
 * (`bad-scale`, `bad-threshold`, `score-out-of-scale`, `not-integer`, `no-values`); confidence
 * text or TRUE/FALSE → `arg-not-number`, ≤ 0 or ≥ 1 → `bad-confidence`.
 */
export function csatCi(
  scores: unknown,
  scaleMax: unknown,
  satisfiedMin: unknown,
  confidence: unknown
): KpiRowResult<CsatInterval> {
  const checks = new Checks(["scores", "scale_max", "satisfied_min", "confidence"]);
  const z = readConfidence(checks, confidence);
  const tally = tallySurvey(
    { scores, scaleMax, defaultScaleMax: 5 },
    { param: "satisfied_min", value: satisfiedMin },
    checks
  );
  if (isKpiError(tally)) return tally;
  const { n } = tally;
  const share = tally.atLeast[0] / n;
  const z2n = (z * z) / n;
  const scale = 1 + z2n;
  const centre = (share + z2n / 2) / scale;
  const half = (z / scale) * Math.sqrt((share * (1 - share)) / n + z2n / (4 * n));
  return [share, Math.max(0, centre - half), Math.min(1, centre + half), n];
}
