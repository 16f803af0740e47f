import { amount } from "../args/domains";
import { grossMarginArgument } from "../args/gross-margin";
import { product } from "../shapes/product";
import { KpiResult } from "./kpi-result";

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
 * revenue rather than lifetime profit. For subscriptions, where the lifespan is 1 / churn rate,
 * SaaS LTV (saas-ltv.ts) is the usual form.
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
  return product([
    { param: "average_purchase_value", value: averagePurchaseValue, domain: amount },
    { param: "purchases_per_period", value: purchasesPerPeriod, domain: amount },
    { param: "lifespan_periods", value: lifespanPeriods, domain: amount },
    grossMarginArgument(grossMargin),
  ]);
}
