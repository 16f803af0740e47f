import { isKpiError } from "../errors/kpi-error";
import { countNpsAnswers } from "../shapes/nps-answers";
import { KpiRowResult } from "./kpi-result";

/** Shares of promoters, passives and detractors (fractions), then the number of answers. */
export type NpsBreakdown = readonly [
  promoters: number,
  passives: number,
  detractors: number,
  answers: number,
];

/**
 * Net Promoter Score breakdown: the three shares behind an NPS, and how many answers it rests on.
 *
 * With N valid 0–10 answers, P promoters (9–10) and D detractors (0–6), the N − P − D others
 * being passives (7–8):
 *
 *     [P / N, (N − P − D) / N, D / N, N]
 *
 * The three shares add up to 1, and NPS = 100 × (promoters − detractors): the answers are read
 * and counted by the same code as `nps`, with the same validation and errors. In Excel the row
 * spills into four cells; the shares are rates, N a count.
 *
 * @example npsBreakdown([[10], [9], [9], [8], [7], [6], [5], [0], [3]]) // => [0.333…, 0.222…, 0.444…, 9]
 *
 * Errors (one error value, never a row of them): an answer outside 0..10 → `score-out-of-scale`;
 * a fraction → `not-integer`; no valid answer → `no-values`; an error value in `scores` is
 * returned as it came.
 */
export function npsBreakdown(scores: unknown): KpiRowResult<NpsBreakdown> {
  const answers = countNpsAnswers(scores);
  if (isKpiError(answers)) return answers;
  const { n, promoters, passives, detractors } = answers;
  return [promoters / n, passives / n, detractors / n, n];
}
