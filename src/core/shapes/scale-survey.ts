import { Checks } from "../args/checks";
import { Domain } from "../args/domains";
import { readScalar } from "../args/scalar";
import { answeredTally, readScores, ScoreTally } from "../args/scores";
import { isKpiError, KpiError } from "../errors/kpi-error";
import { finite, KpiResult } from "../kpi/kpi-result";

/** A survey answered with whole numbers on 1..scale_max (CSAT, CES, CESAVG). */
export interface ScaleSurvey {
  readonly scores: unknown;
  /** The raw scale_max argument. */
  readonly scaleMax: unknown;
  /** scale_max when the argument is omitted or blank. */
  readonly defaultScaleMax: number;
}

/** The lowest positive answer: the argument's name (satisfied_min, positive_min) and value. */
export interface Threshold {
  readonly param: string;
  readonly value: unknown;
}

/**
 * Share of the answers at or above the threshold: COUNT(scores ≥ threshold) / COUNT(scores).
 * An omitted threshold is `defaultThreshold(scale_max)`.
 */
export function shareAtOrAbove(survey: ScaleSurvey, threshold: Threshold): KpiResult {
  const tally = tallySurvey(survey, threshold);
  return isKpiError(tally) ? tally : tally.atLeast[0] / tally.n;
}

/**
 * Mean of the answers: their sum (row-major) / COUNT(scores). Answers near 1.8e308 (a scale_max
 * that large) overflow the sum: `result-too-large`, as Excel's AVERAGE gives #NUM!.
 */
export function meanScore(survey: ScaleSurvey): KpiResult {
  const tally = tallySurvey(survey);
  return isKpiError(tally) ? tally : finite(tally.sum / tally.n);
}

/**
 * The smallest answer strictly above the scale's midpoint, floor((scale_max + 1) / 2) + 1:
 * 3 on 1–4, 4 on 1–5, 5 on 1–7, 6 on 1–10.
 */
export function defaultThreshold(scaleMax: number): number {
  return Math.floor((scaleMax + 1) / 2) + 1;
}

const scaleMaxDomain: Domain = (value) =>
  Number.isInteger(value) && value >= 2 ? undefined : KpiError.of("bad-scale", {});

const thresholdDomain =
  (scaleMax: number): Domain =>
  (value, param) =>
    Number.isInteger(value) && value >= 1 && value <= scaleMax
      ? undefined
      : KpiError.of("bad-threshold", { arg: param });

/**
 * Reads the arguments in the order the scan needs them (the scale and threshold before the
 * scores); `Checks` still decides in the contract's order: an error value in `scores` first, then
 * kinds, then scale_max and threshold (scalar domains), then the scores' own domain. When
 * scale_max is invalid the scores are still scanned for error values; what the scan reports
 * against the NaN scale loses to scale_max's own problem.
 *
 * A function with arguments after these (CS.CSATCI's confidence) reads them into its own
 * `checks` first, declared with every parameter, and passes it here.
 */
export function tallySurvey(
  survey: ScaleSurvey,
  threshold?: Threshold,
  checks = new Checks(
    threshold ? ["scores", "scale_max", threshold.param] : ["scores", "scale_max"]
  )
): ScoreTally | KpiError {
  const scaleMax = readScalar(
    checks,
    "scale_max",
    survey.scaleMax,
    scaleMaxDomain,
    survey.defaultScaleMax
  );
  const cuts = threshold
    ? [
        readScalar(
          checks,
          threshold.param,
          threshold.value,
          thresholdDomain(scaleMax),
          defaultThreshold(scaleMax)
        ),
      ]
    : [];
  const tally = readScores(checks, "scores", survey.scores, { min: 1, max: scaleMax }, cuts);
  return answeredTally(checks, "scores", tally);
}
