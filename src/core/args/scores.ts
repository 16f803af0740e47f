import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange, positionOf } from "../values/range";
import { Checks, Step } from "./checks";

/** What a survey's answers add up to: enough for NPS, CSAT, CES and their averages. */
export interface ScoreTally {
  /** Number of valid scores. */
  n: number;
  /** Sum of the valid scores (integers, so exact in any order). */
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
  for (let i = 0; i < range.length; i++) {
    const row = range[i];
    for (let j = 0; j < row.length; j++) {
      const raw = row[j];
      let value: number;
      if (typeof raw === "number") value = raw;
      else {
        if (raw === null || typeof raw !== "object") continue; // blank, text, boolean
        const cell = readCell(raw);
        if (cell.kind === "error") {
          checks.report(Step.InputError, param, KpiError.fromInput(cell.error));
          return tally;
        }
        if (cell.kind !== "number") continue;
        value = cell.value;
      }
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
    }
  }
  return tally;
}
