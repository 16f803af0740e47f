import { KpiError } from "../errors/kpi-error";
import { asRange, positionOf } from "../values/range";
import { Checks, Step } from "./checks";
import { forEachNumber } from "./items";

/** What a survey's answers add up to: enough for NPS, CSAT, CES and their averages. */
export interface ScoreTally {
  /** Number of valid scores. */
  n: number;
  /** Sum of the valid scores, row-major (integers, so exact in any order). */
  sum: number;
  /** `atLeast[k]` = number of scores ≥ `cuts[k]`. */
  atLeast: number[];
}

/**
 * Reads a range of survey answers on the integer scale `min..max` in one pass (functions.md §1
 * "Values inside a range"): numbers are answers, blanks, text and booleans are skipped, the
 * first error value is returned as it came. The first answer (row-major) that is off the
 * scale is `score-out-of-scale`, or `not-integer` if it lies inside the scale.
 */
export function readScores(
  checks: Checks,
  param: string,
  raw: unknown,
  scale: { readonly min: number; readonly max: number },
  cuts: readonly number[]
): ScoreTally {
  const { min, max } = scale;
  const tally: ScoreTally = { n: 0, sum: 0, atLeast: cuts.map(() => 0) };
  const range = asRange(raw);
  let offScale = false;
  forEachNumber(checks, param, range, (value, i, j) => {
    if (value >= min && value <= max && Math.floor(value) === value) {
      tally.n++;
      tally.sum += value;
      for (let k = 0; k < cuts.length; k++) if (value >= cuts[k]) tally.atLeast[k]++;
    } else if (!offScale) {
      offScale = true;
      const { item } = positionOf(range, i, j);
      const inScale = value >= min && value <= max;
      checks.report(
        Step.ItemDomain,
        param,
        inScale
          ? KpiError.of("not-integer", { arg: param })
          : KpiError.of("score-out-of-scale", { arg: param, item, value, min, max })
      );
    }
  });
  return tally;
}

/**
 * The tally a survey KPI computes from, once every argument has been read: the error that
 * decides when one was reported, `no-values` when there is no valid answer (`#DIV/0!`, after
 * every other check), else the tally.
 */
export function answeredTally(
  checks: Checks,
  param: string,
  tally: ScoreTally
): ScoreTally | KpiError {
  if (checks.failure) return checks.failure;
  return tally.n === 0 ? KpiError.of("no-values", { arg: param }) : tally;
}
