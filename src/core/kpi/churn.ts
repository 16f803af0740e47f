import { count } from "../args/domains";
import { ratio } from "../shapes/ratio";
import { KpiResult } from "./kpi-result";

/**
 * Customer churn rate.
 *
 * The share of the customers you had at the start of a period that you lost during it:
 *
 *     churn = customers_lost / customers_at_start
 *
 * 64 customers lost out of 1,000 at the start is a churn of 6.4% (0.064). Customers won during
 * the period are not in the denominator, so new sales cannot hide losses. Both arguments are
 * counts (whole numbers ≥ 0).
 *
 * @example churn(1000, 64) // => 0.064
 *
 * Errors: customers_lost > customers_at_start → `part-exceeds-whole` (checked before the
 * division); customers_at_start = 0 → `zero-denominator`.
 */
export function churn(customersAtStart: unknown, customersLost: unknown): KpiResult {
  return ratio(
    [
      { param: "customers_at_start", value: customersAtStart, role: "denominator", domain: count },
      { param: "customers_lost", value: customersLost, role: "numerator", domain: count },
    ],
    { partOfWhole: true }
  );
}
