import { Checks } from "../args/checks";
import { answeredTally, readScores, ScoreTally } from "../args/scores";
import { isKpiError, KpiError } from "../errors/kpi-error";

const SCALE = { min: 0, max: 10 } as const;
const PASSIVE_MIN = 7;
const PROMOTER_MIN = 9;

/** The valid answers of an NPS survey, counted by band. */
export interface NpsAnswers {
  /** Number of valid answers. */
  readonly n: number;
  /** Answers 9–10. */
  readonly promoters: number;
  /** Answers 7–8. */
  readonly passives: number;
  /** Answers 0–6. */
  readonly detractors: number;
}

/**
 * Reads `scores` as answers 0–10 and counts them by band: the one reading behind CS.NPS and
 * CS.NPSBREAKDOWN, so both functions validate alike and agree on every count. Errors: an answer
 * outside 0..10 → `score-out-of-scale`; a fraction → `not-integer`; no valid answer →
 * `no-values`; an error value in `scores` is returned as it came.
 */
export function countNpsAnswers(scores: unknown): NpsAnswers | KpiError {
  const checks = new Checks(["scores"]);
  return npsAnswers(checks, "scores", readNpsScores(checks, "scores", scores));
}

/**
 * The first half of `countNpsAnswers`, for a function with more arguments (CS.NPSCI,
 * CS.NPSTEST): reads one range of 0–10 answers, reporting its problems to the caller's `checks`,
 * so every argument is read before the contract's order of checks picks the error that decides.
 */
export function readNpsScores(checks: Checks, param: string, scores: unknown): ScoreTally {
  return readScores(checks, param, scores, SCALE, [PASSIVE_MIN, PROMOTER_MIN]);
}

/**
 * The second half, once every argument has been read: the error that decides when one was
 * reported, `no-values` (naming `param`) when the range has no valid answer, else the counts.
 */
export function npsAnswers(
  checks: Checks,
  param: string,
  scores: ScoreTally
): NpsAnswers | KpiError {
  const tally = answeredTally(checks, param, scores);
  if (isKpiError(tally)) return tally;
  const {
    n,
    atLeast: [notDetractors, promoters],
  } = tally;
  return { n, promoters, passives: notDetractors - promoters, detractors: n - notDetractors };
}

/**
 * NPS from the counts, not the shares: (P − D)/N × 100, so 7 of 10 minus 2 of 10 is exactly 50,
 * as in the native formula.
 */
export function npsOf(answers: NpsAnswers): number {
  return ((answers.promoters - answers.detractors) / answers.n) * 100;
}
