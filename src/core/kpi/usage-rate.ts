import { Checks } from "../args/checks";
import { amount, anyNumber } from "../args/domains";
import { forEachNumberIn, NumberSink } from "../args/items";
import { readScalar } from "../args/scalar";
import { KpiError } from "../errors/kpi-error";
import { KpiResult } from "./kpi-result";

const PARAMS = ["usage_values", "threshold"] as const;

/**
 * Product usage rate.
 *
 * The share of customers whose usage (logins, active days, events, minutes… one value per
 * customer) reaches a threshold:
 *
 *     usage rate = COUNT(usage_values ≥ threshold) / COUNT(usage_values)
 *
 * A customer exactly at the threshold counts as reaching it. Usage values are amounts (≥ 0);
 * the threshold is any number. Blanks, text and TRUE/FALSE are skipped, as Excel's COUNT does,
 * so the result equals `=SUMPRODUCT(ISNUMBER(r)*(r>=t))/COUNT(r)`, comparing with `>=` on the
 * exact numbers.
 *
 * @example usageRate([[0], [3], [5], [8], [12], [20]], 5) // => 0.666… (4 of 6 reach 5)
 *
 * Errors: a negative usage value → `not-non-negative`; threshold blank → `arg-missing`, text or
 * TRUE/FALSE → `arg-not-number`; no valid usage value → `no-values`.
 */
export function usageRate(usageValues: unknown, threshold: unknown): KpiResult {
  const checks = new Checks(PARAMS);
  // The threshold first, so one pass over the range counts; Checks still orders the problems.
  const minimum = readScalar(checks, "threshold", threshold, anyNumber);
  const count = new ThresholdCount(minimum);
  forEachNumberIn(checks, "usage_values", usageValues, amount, count);
  if (checks.failure) return checks.failure;
  if (count.n === 0) return KpiError.of("no-values", { arg: "usage_values" });
  return count.reached / count.n;
}

/** Counts the usage values, and those that reach the threshold, as they are read. */
class ThresholdCount implements NumberSink {
  n = 0;
  reached = 0;

  constructor(private readonly threshold: number) {}

  add(value: number): void {
    this.n++;
    this.reached += +(value >= this.threshold); // branch-free: usage values are unpredictable
  }
}
