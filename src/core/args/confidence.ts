import { twoSidedZ } from "../stats/normal";
import { Checks } from "./checks";
import { confidence as confidenceDomain } from "./domains";
import { readScalar } from "./scalar";

/** The confidence level when the argument is omitted or blank (docs/function-contract.md). */
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * Reads the optional `confidence` argument (docs/function-contract.md) and returns the two-sided
 * critical value it stands for, z = NORM.S.INV(1 − (1 − confidence)/2): 1.95996398454005 for the
 * default 0.95. Blank or omitted is 0.95; text or TRUE/FALSE → `arg-not-number`; ≤ 0 or ≥ 1 →
 * `bad-confidence`. When a problem was reported to `checks` the value is NaN.
 */
export function readConfidence(checks: Checks, raw: unknown, param = "confidence"): number {
  const level = readScalar(checks, param, raw, confidenceDomain, DEFAULT_CONFIDENCE);
  return Number.isNaN(level) ? NaN : twoSidedZ(level);
}
