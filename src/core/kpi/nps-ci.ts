import { Checks } from "../args/checks";
import { readConfidence } from "../args/confidence";
import { isKpiError } from "../errors/kpi-error";
import { adjustedNps } from "../shapes/adjusted-wald";
import { npsAnswers, npsOf, readNpsScores } from "../shapes/nps-answers";
import { KpiRowResult } from "./kpi-result";

/** NPS, the lower and upper bounds of its confidence interval, then the number of answers. */
export type NpsInterval = readonly [nps: number, lower: number, upper: number, answers: number];

/**
 * Net Promoter Score with its confidence interval: how far the NPS of the customers who answered
 * may be from the NPS of all customers, at a chosen confidence level (default 95%).
 *
 * NPS (nps.ts) is (P − D)/n × 100 with P promoters (9–10) and D detractors (0–6) among n valid
 * 0–10 answers. Each answer scores +1, 0 or −1, so NPS/100 is a mean and its standard error
 * shrinks with √n. The interval uses the adjusted-Wald method (Rocks 2016, The American
 * Statistician; MeasuringU), which adds 3 answers, 0.75 promoter, 1.5 passive, 0.75 detractor:
 *
 *     n′ = n + 3, p′ = (P + 0.75)/n′, d′ = (D + 0.75)/n′, m = p′ − d′
 *     var = p′ + d′ − m², se = √(var/n′)
 *     lower, upper = 100 × (m ∓ z × se), clamped to −100..100
 *
 * with z = NORM.S.INV(1 − (1 − confidence)/2), 1.96 at 95%. The interval is centred on the
 * adjusted m, not on the raw NPS, so it is not symmetric around it; unlike the plain Wald interval
 * it does not shrink to nothing when every answer is a 10. 60 promoters, 25 passives and 15
 * detractors give NPS 45 with a 95% interval of 29.3 to 58.0: another survey of 100 could well
 * land anywhere in it.
 *
 * @example npsCi([[10], [9], [9], [8], [7], [6], [5], [0], [3]]) // => [-11.11…, -55.72…, 39.05…, 9]
 *
 * Errors (one error value, never a row): `scores` as CS.NPS (an answer outside 0..10 →
 * `score-out-of-scale`, a fraction → `not-integer`, no valid answer → `no-values`); confidence
 * text or TRUE/FALSE → `arg-not-number`, ≤ 0 or ≥ 1 → `bad-confidence`.
 */
export function npsCi(scores: unknown, confidence: unknown): KpiRowResult<NpsInterval> {
  const checks = new Checks(["scores", "confidence"]);
  const z = readConfidence(checks, confidence);
  const answers = npsAnswers(checks, "scores", readNpsScores(checks, "scores", scores));
  if (isKpiError(answers)) return answers;
  const { n, m, variance } = adjustedNps(answers);
  const margin = z * Math.sqrt(variance / n);
  return [
    npsOf(answers),
    Math.max(-100, 100 * (m - margin)),
    Math.min(100, 100 * (m + margin)),
    answers.n,
  ];
}
