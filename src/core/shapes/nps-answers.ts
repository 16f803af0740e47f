import { Checks } from "../args/checks";
import { answeredTally, readScores } from "../args/scores";
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
  const tally = answeredTally(
    checks,
    "scores",
    readScores(checks, "scores", scores, SCALE, [PASSIVE_MIN, PROMOTER_MIN])
  );
  if (isKpiError(tally)) return tally;
  const {
    n,
    atLeast: [notDetractors, promoters],
  } = tally;
  return { n, promoters, passives: notDetractors - promoters, detractors: n - notDetractors };
}
