import { KpiError } from "../errors/kpi-error";
import { InputError, readCell } from "../values/cell";
import { asRange, shapeOf } from "../values/range";
import { Checks, Step } from "./checks";

/** What a survey's answers add up to: enough for NPS, CSAT, CES and their averages. */
export interface ScoreTally {
  /** Number of valid scores. */
  n: number;
  /** Sum of the valid scores (integers, so exact in any order). */
  sum: number;
  /** `atLeast[k]` = number of scores ≥ `cuts[k]` (at most two ascending cut-offs). */
  atLeast: number[];
}

/**
 * Reads a range of survey answers on the integer scale `min..max` in one pass
 * (docs/function-contract.md, "Arguments"): numbers are answers, blanks, text and booleans are
 * skipped, the first error value (row-major) is returned as it came. The first answer (row-major)
 * that is off the scale is `score-out-of-scale`, or `not-integer` if it lies inside the scale.
 */
export function readScores(
  checks: Checks,
  param: string,
  raw: unknown,
  scale: { readonly min: number; readonly max: number },
  cuts: readonly number[]
): ScoreTally {
  if (cuts.length > 2) throw new Error("readScores counts at most two cut-offs.");
  const { min, max } = scale;
  // This loop runs over whole columns (1,048,576 cells) and must stay as lean as a bare count:
  // counters live in plain locals, the two cut-offs are fixed, and a mean (no cut-off) skips
  // counting on a branch that never changes its mind.
  const counting = cuts.length > 0;
  const low = counting ? cuts[0] : Infinity;
  const high = cuts.length > 1 ? cuts[1] : Infinity;
  // The counters start at -0, not 0. Both are zero, but -0 is a double, so V8 keeps them as
  // doubles in floating-point registers. Started at 0 they were small integers, kept tagged,
  // spilled and re-tagged on every cell: CESAVG took 1.25 × AVERAGE's bare loop instead of
  // 1.12. `+ 0` on the way out turns a counter nothing was added to back into 0.
  let n = -0;
  let sum = -0;
  let atLow = -0;
  let atHigh = -0;
  const range = asRange(raw);
  // Column by column: over a one-column range the inner loop reads range[i][0] like a bare
  // count, with no per-row loop over the row's cells. Excel ranges are rectangular, so the
  // first row's width is every row's. shapeOf, not range[0].length: read here, a first row of a
  // kind this function had not met yet (a text header after numbers) deoptimised it after
  // another KPI had optimised it, and V8 then entered every later call's loop through on-stack
  // replacement, at up to 2.8 × the bare loop.
  const width = shapeOf(range).cols;
  // Row-major order is kept for what is reported: the first error and the first off-scale
  // answer are the ones with the lowest position i × width + j, wherever the scan met them.
  let rows = range.length;
  let error: InputError | undefined;
  let offScale = -1;
  let offScaleValue = 0;
  for (let j = 0; j < width; j++) {
    for (let i = 0; i < rows; i++) {
      const raw = range[i][j];
      let value: number;
      if (typeof raw === "number") value = raw;
      else {
        if (raw === null || typeof raw !== "object") continue; // blank, text, boolean
        const cell = readCell(raw);
        if (cell.kind === "error") {
          // Everything at or below row i comes later in row-major order, in this column and
          // the next ones: only rows above it can still hold an earlier error.
          error = cell.error;
          rows = i;
          break;
        }
        if (cell.kind !== "number") continue;
        value = cell.value;
      }
      // Number.isInteger, not Math.floor(value) === value: same answer on a finite value, and
      // V8 drops it for small integers instead of rounding through a double.
      if (value >= min && value <= max && Number.isInteger(value)) {
        n++;
        sum += value;
        // Branch-free counts (+true is 1): on random answers a compare-and-branch mispredicts
        // often; adding the comparison does not (NPS over a full column ~1.3 → ~0.8 × a bare count).
        if (counting) {
          atLow += +(value >= low);
          atHigh += +(value >= high);
        }
      } else {
        const position = i * width + j;
        if (offScale < 0 || position < offScale) {
          offScale = position;
          offScaleValue = value;
        }
      }
    }
  }
  if (error) {
    checks.report(Step.InputError, param, KpiError.fromInput(error));
    return { n: n + 0, sum: sum + 0, atLeast: [] }; // the error decides the result; counts are moot
  }
  if (offScale >= 0) {
    const inScale = offScaleValue >= min && offScaleValue <= max;
    checks.report(
      Step.ItemDomain,
      param,
      inScale
        ? KpiError.of("not-integer", { arg: param })
        : KpiError.of("score-out-of-scale", {
            arg: param,
            item: offScale + 1,
            value: offScaleValue,
            min,
            max,
          })
    );
  }
  // A mean leaves the cut-off counters at -0, a double; `+ 0` on them, speculated on the small
  // integers NPS leaves there, would deoptimise on every call, so a mean does not read them.
  return {
    n: n + 0,
    sum: sum + 0,
    atLeast: counting ? [atLow + 0, atHigh + 0].slice(0, cuts.length) : [],
  };
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
