import { Checks } from "../args/checks";
import { amount, fraction } from "../args/domains";
import { readScalar } from "../args/scalar";
import { KpiResult } from "./kpi-result";

const PARAMS = [
  "average_purchase_value",
  "purchases_per_period",
  "lifespan_periods",
  "gross_margin",
] as const;

/**
 * Customer lifetime value.
 *
 * What a customer is worth over the whole relationship: how much they spend per purchase, how
 * often they buy, for how long, and how much of that you keep:
 *
 *     CLV = average_purchase_value × purchases_per_period × lifespan_periods × gross_margin
 *
 * purchases_per_period and lifespan_periods must use the same period (e.g. 3 per month for 24
 * months). gross_margin is a fraction (40% or 0.4); omitted or blank it is 1, giving lifetime
 * revenue rather than lifetime profit.
 *
 * @example clv(50000, 3, 24) // => 3600000
 *
 * Errors: a negative amount → `not-non-negative`; gross_margin outside 0..1 → `fraction-out-of-range`.
 */
export function clv(
  averagePurchaseValue: unknown,
  purchasesPerPeriod: unknown,
  lifespanPeriods: unknown,
  grossMargin: unknown
): KpiResult {
  const checks = new Checks(PARAMS);
  const value = readScalar(checks, "average_purchase_value", averagePurchaseValue, amount);
  const purchases = readScalar(checks, "purchases_per_period", purchasesPerPeriod, amount);
  const lifespan = readScalar(checks, "lifespan_periods", lifespanPeriods, amount);
  const margin = readScalar(checks, "gross_margin", grossMargin, fraction, 1);
  if (checks.failure) return checks.failure;
  return value * purchases * lifespan * margin;
}
