import { isKpiError } from "../errors/kpi-error";
import { countNpsAnswers, npsOf } from "../shapes/nps-answers";
import { KpiResult } from "./kpi-result";

/**
 * Net Promoter Score.
 *
 * Customers answer "How likely are you to recommend us?" on a 0–10 scale. Promoters answer 9 or
 * 10, passives 7 or 8, detractors 0 to 6. With N valid answers, P promoters and D detractors:
 *
 *     NPS = (P − D) / N × 100, from −100 (all detractors) to 100 (all promoters).
 *
 * Only numbers count: blanks, text (even "9") and TRUE/FALSE are skipped, as Excel's COUNT does,
 * so the result equals `=(COUNTIF(r,">=9")-COUNTIF(r,"<=6"))/COUNT(r)*100`. The counts are those
 * of `npsBreakdown`, so NPS = 100 × (promoters − detractors) of its shares.
 *
 * @example nps([[10], [9], [9], [8], [7], [6], [5], [0], [3]]) // => -11.1111… (P=3, D=4, N=9)
 *
 * Errors: an answer outside 0..10 → `score-out-of-scale`; a fraction → `not-integer`;
 * no valid answer → `no-values`; an error value in `scores` is returned as it came.
 */
export function nps(scores: unknown): KpiResult {
  const answers = countNpsAnswers(scores);
  if (isKpiError(answers)) return answers;
  return npsOf(answers);
}
