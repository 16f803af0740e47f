import { Checks } from "../args/checks";
import { readDatePairs } from "../args/date-pairs";
import { readOption } from "../args/option";
import { KpiError } from "../errors/kpi-error";
import { KpiResult } from "./kpi-result";

const PARAMS = ["start_dates", "value_dates", "method"] as const;
const METHODS = ["median", "mean"] as const;

/**
 * Time to value, in days.
 *
 * One row per customer: the day they started (signup, contract, kick-off) and the day they
 * first got value from the product (first report sent, first workflow live…). For every
 * customer who has reached value, the interval is value date − start date; the result is the
 * median of those intervals (method "median", the default) or their mean (method "mean").
 * The median of an even number of intervals is the mean of the two middle ones.
 *
 * Customers with a blank value date have not reached value yet and are left out; rows whose
 * start is blank or text (a header) are skipped. Times of day are kept, so a customer who
 * started at midnight and reached value at 6:00 the same day counts 0.25 days.
 *
 * @example ttv(starts, valueDates) // intervals 7, 14, 3, 30 → median 10.5
 * @example ttv(starts, valueDates, "mean") // → 13.5
 *
 * Errors, in order: method not "median" or "mean" → `arg-bad-option`; `range-size-mismatch`;
 * `item-not-date` for a text or TRUE/FALSE value date; `date-out-of-range`; a value date before
 * its start → `date-order`; nobody has reached value → `no-values`.
 */
export function ttv(startDates: unknown, valueDates: unknown, method: unknown): KpiResult {
  const checks = new Checks(PARAMS);
  const { pairs, outOfOrder } = readDatePairs(
    checks,
    ["start_dates", "value_dates"],
    [startDates, valueDates],
    { wholeDays: false }
  );
  const average = readOption(checks, "method", method, METHODS, "median");
  if (checks.failure) return checks.failure;
  if (outOfOrder) return outOfOrder;

  const intervals: number[] = [];
  for (const { start, end } of pairs) if (end !== undefined) intervals.push(end - start);
  if (intervals.length === 0) return KpiError.of("no-values", { arg: "value_dates" });
  return average === "mean" ? mean(intervals) : median(intervals);
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
