import { Checks } from "../args/checks";
import { readScores } from "../args/scores";
import { KpiError } from "../errors/kpi-error";
import { KpiResult } from "./kpi-result";

const PARAMS = ["scores"] as const;

/**
 * Net Promoter Score.
 *
 * Customers answer "How likely are you to recommend us?" on a 0–10 scale. Promoters answer 9 or
 * 10, passives 7 or 8, detractors 0 to 6. With N valid answers, P promoters and D detractors:
 *
 *     NPS = (P − D) / N × 100, from −100 (all detractors) to 100 (all promoters).
 *
 * Only numbers count: blanks, text (even "9") and TRUE/FALSE are skipped, as Excel's COUNT does,
 * so the result equals `=(COUNTIF(r,">=9")-COUNTIF(r,"<=6"))/COUNT(r)*100`.
 *
 * @example nps([[10], [9], [9], [8], [7], [6], [5], [0], [3]]) // => -11.1111… (P=3, D=4, N=9)
 *
 * Errors: an answer outside 0..10 → `score-out-of-scale`; a fraction → `not-integer`;
 * no valid answer → `no-values`; an error value in `scores` is returned as it came.
 */
export function nps(scores: unknown): KpiResult {
  const checks = new Checks(PARAMS);
  const tally = readScores(checks, "scores", scores, { min: 0, max: 10 }, [7, 9]);
  if (checks.failure) return checks.failure;
  const {
    n,
    atLeast: [notDetractors, promoters],
  } = tally;
  if (n === 0) return KpiError.of("no-values", { arg: "scores" });
  return ((promoters - (n - notDetractors)) / n) * 100;
}
