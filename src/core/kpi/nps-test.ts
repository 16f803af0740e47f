import { Checks } from "../args/checks";
import { isKpiError } from "../errors/kpi-error";
import { normSTails } from "../stats/normal";
import { adjustedNps } from "../shapes/adjusted-wald";
import { npsAnswers, npsOf, readNpsScores } from "../shapes/nps-answers";
import { KpiRowResult } from "./kpi-result";

/** The change in NPS points (after − before), then the two-sided p-value. */
export type NpsChange = readonly [change: number, pValue: number];

/**
 * Did NPS really change between two surveys, or is the difference what chance alone would give?
 *
 * change = NPS_after − NPS_before, in raw NPS points (−200..200). Each sample is corrected as in
 * CS.NPSCI (adjusted-Wald: n′ = n + 3, p′ = (P + 0.75)/n′, d′ = (D + 0.75)/n′, m = p′ − d′,
 * var = p′ + d′ − m²), and the difference of the two adjusted means is compared with its
 * standard error:
 *
 *     z = (m_after − m_before) / √(var_before/n′_before + var_after/n′_after)
 *     p = 2 × (1 − Φ(|z|))      (Excel: =2*(1-NORM.S.DIST(ABS(z),TRUE)))
 *
 * p is the chance of a change at least this large, in either direction, if both surveys came from
 * the same customers' opinion: below 0.05 the change is significant at 95%. NPS 30 then 45 on 100
 * answers each is +15 points with p = 0.17: not significant, a larger sample would tell. p = 1
 * when the two samples are alike, and when the denominator is 0 (impossible with the +0.75
 * terms, kept for safety). 1 − Φ(|z|) is computed as the upper tail itself, not as 1 minus a
 * number near 1, so a very small p keeps its digits.
 *
 * @example npsTest(before, after) // => [15, 0.1702…] for NPS 30 → 45 on 100 answers each
 *
 * Errors (one error value, never a row): both ranges as CS.NPS's `scores`, scores_before first;
 * a range without a valid answer → `no-values` naming it.
 */
export function npsTest(scoresBefore: unknown, scoresAfter: unknown): KpiRowResult<NpsChange> {
  const checks = new Checks(["scores_before", "scores_after"]);
  const before = readNpsScores(checks, "scores_before", scoresBefore);
  const after = readNpsScores(checks, "scores_after", scoresAfter);
  const answersBefore = npsAnswers(checks, "scores_before", before);
  if (isKpiError(answersBefore)) return answersBefore;
  const answersAfter = npsAnswers(checks, "scores_after", after);
  if (isKpiError(answersAfter)) return answersAfter;
  const b = adjustedNps(answersBefore);
  const a = adjustedNps(answersAfter);
  const se = Math.sqrt(b.variance / b.n + a.variance / a.n);
  const pValue = se > 0 ? Math.min(1, 2 * normSTails(Math.abs((a.m - b.m) / se))[1]) : 1;
  return [npsOf(answersAfter) - npsOf(answersBefore), pValue];
}
