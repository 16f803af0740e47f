import { Checks, Step } from "../args/checks";
import { amount, fraction } from "../args/domains";
import { checkNoInputError } from "../args/items";
import { checkSameSize, checkVector, NamedRange } from "../args/paired";
import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange, positionOf } from "../values/range";
import { KpiResult } from "./kpi-result";

const PARAMS = ["values", "weights", "higher_is_better"] as const;

/** 2⁻²¹: a column holds at most 2²⁰ metrics, so the scaled weights cannot sum past 1.8e308. */
const WEIGHT_SCALE = 2 ** -21;

/**
 * Customer health score of one account, 0–100.
 *
 * Each metric of the account (usage, breadth, NPS, tickets…) is first scaled to 0..1 (1 = best
 * seen, e.g. by min–max). The score is the weighted mean of the metrics, × 100:
 *
 *     score = 100 × Σ wᵢ·v′ᵢ / Σ wᵢ,   over the metrics i whose value is a number,
 *
 * where v′ᵢ = vᵢ when a higher value is better (higher_is_better TRUE or 1, the default) and
 * v′ᵢ = 1 − vᵢ when it is worse (FALSE or 0, e.g. support tickets).
 *
 * Missing values drop out and the weights of the remaining values renormalise: a blank, text or
 * TRUE/FALSE value is missing, and its weight and flag are ignored, whatever they hold. With
 * values [0.8, blank, 0.9] and weights [0.5, 0.3, 0.2] the score is 100 × (0.5·0.8 + 0.2·0.9) /
 * (0.5 + 0.2) = 82.857…, as if the second metric had never been weighed. This is the rule of the
 * health-score wizard's sheet, and the result equals its native formula
 * `=SUMPRODUCT(--ISNUMBER(V),W,V)/SUMPRODUCT(--ISNUMBER(V),W)*100` (with flags;
 * docs/health-score.md, "The account table").
 *
 * @example healthScore([[0.8, 0.6, 0.9]], [[0.5, 0.3, 0.2]], null) // => 76
 *
 * Errors: values not a single row or column → `range-not-vector`; weights or higher_is_better
 * not of the values' size → `range-size-mismatch`; next to a used value, a weight that is not a
 * number → `item-not-number`, a flag other than TRUE, FALSE, 1, 0 → `item-not-flag`; a value
 * outside 0..1 → `fraction-out-of-range`; a used weight below 0 → `not-non-negative`; no used
 * value → `no-values`; used weights summing to 0 → `zero-denominator`. An error value anywhere
 * in the arguments, even next to a missing value, is returned as it came.
 */
export function healthScore(values: unknown, weights: unknown, higherIsBetter: unknown): KpiResult {
  const checks = new Checks(PARAMS);
  const metrics: NamedRange = { param: "values", range: asRange(values) };
  const weighting: NamedRange = { param: "weights", range: asRange(weights) };
  const flags: NamedRange | undefined = isOmitted(higherIsBetter)
    ? undefined
    : { param: "higher_is_better", range: asRange(higherIsBetter) };
  const paired = flags ? [weighting, flags] : [weighting];

  for (const named of [metrics, ...paired]) checkNoInputError(checks, named.param, named.range);
  checkVector(checks, metrics);
  for (const named of paired) checkSameSize(checks, named, metrics);
  if (checks.failure) return checks.failure; // before pairing the items up

  let used = 0;
  let weighted = 0;
  let totalWeight = 0;
  let weightedScaled = 0;
  let totalScaled = 0;
  metrics.range.forEach((row, i) =>
    row.forEach((raw, j) => {
      const value = readCell(raw);
      if (value.kind !== "number") return; // missing: its weight and flag are ignored
      used++;
      const outside = fraction(value.value, "values");
      if (outside) checks.report(Step.ItemDomain, "values", outside);
      const weight = readWeight(checks, weighting, i, j);
      const higher = flags ? readFlag(checks, flags, i, j) : true;
      const oriented = higher ? value.value : 1 - value.value;
      weighted += weight * oriented;
      totalWeight += weight;
      weightedScaled += weight * WEIGHT_SCALE * oriented;
      totalScaled += weight * WEIGHT_SCALE;
    })
  );
  if (checks.failure) return checks.failure;
  if (used === 0) return KpiError.of("no-values", { arg: "values" });
  if (totalWeight === 0) return KpiError.of("zero-denominator", { arg: "weights" });
  // Weights near 1.8e308 overflow Σ w; the score depends only on their ratios, so the sums of
  // the weights × 2⁻²¹ (exact: a power of two) give it where the plain ones cannot.
  return Number.isFinite(totalWeight)
    ? (weighted / totalWeight) * 100
    : (weightedScaled / totalScaled) * 100;
}

/** An optional range argument is omitted when Excel sends no range but a blank (null). */
function isOmitted(raw: unknown): boolean {
  return !Array.isArray(raw) && readCell(raw).kind === "blank";
}

/** The weight next to a used value: a number ≥ 0 (NaN, after reporting why, when it is not). */
function readWeight(checks: Checks, weights: NamedRange, i: number, j: number): number {
  const cell = readCell(weights.range[i][j]);
  if (cell.kind !== "number") {
    checks.report(Step.ItemKind, weights.param, itemError("item-not-number", weights, i, j));
    return NaN;
  }
  const negative = amount(cell.value, weights.param);
  if (negative) checks.report(Step.ItemDomain, weights.param, negative);
  return cell.value;
}

/** The flag next to a used value: TRUE or 1 = higher is better, FALSE or 0 = lower is better. */
function readFlag(checks: Checks, flags: NamedRange, i: number, j: number): boolean {
  const cell = readCell(flags.range[i][j]);
  if (cell.kind === "boolean") return cell.value;
  if (cell.kind === "number" && (cell.value === 1 || cell.value === 0)) return cell.value === 1;
  checks.report(Step.ItemKind, flags.param, itemError("item-not-flag", flags, i, j));
  return true;
}

function itemError(
  id: "item-not-number" | "item-not-flag",
  { param, range }: NamedRange,
  i: number,
  j: number
): KpiError {
  return KpiError.of(id, { arg: param, ...positionOf(range, i, j) });
}
