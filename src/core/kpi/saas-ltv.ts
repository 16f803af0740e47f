import { amount, fraction } from "../args/domains";
import { grossMarginArgument } from "../args/gross-margin";
import { ratio } from "../shapes/ratio";
import { KpiResult } from "./kpi-result";

/**
 * Subscription lifetime value (SaaS LTV).
 *
 * What a subscriber is worth over their whole subscription: what they pay per period and the
 * share of it you keep, times the number of periods they stay on average, which is
 * 1 / churn rate:
 *
 *     LTV = (arpu × gross_margin) / churn_rate
 *
 * arpu and churn_rate must be for the same period, e.g. a monthly ARPU with a monthly churn
 * rate. churn_rate is a fraction: type 6.4% or 0.064, or use the result of CS.CHURN. 6.4 is
 * rejected rather than guessed to mean 6.4%, and text such as "5%" is not a number.
 * gross_margin is optional; omitted it is 1, which gives lifetime revenue rather than profit.
 * An ARPU of 750,000 with 6.4% monthly churn (customers stay 1 / 0.064 = 15.6 months) is an
 * LTV of 11,718,750.
 *
 * @example saasLtv(100, 0.05, 0.8) // => 1600
 *
 * Errors: a negative arpu → `not-non-negative`; churn_rate or gross_margin outside 0..1 →
 * `fraction-out-of-range`; churn_rate = 0 → `zero-denominator` (without churn a customer would
 * stay for ever).
 */
export function saasLtv(arpu: unknown, churnRate: unknown, grossMargin: unknown): KpiResult {
  return ratio(
    [
      { param: "arpu", value: arpu, role: "numerator", domain: amount },
      { param: "churn_rate", value: churnRate, role: "denominator", domain: fraction },
      { ...grossMarginArgument(grossMargin), role: "numerator" },
    ],
    { partOfWhole: false }
  );
}
