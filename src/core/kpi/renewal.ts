import { count } from "../args/domains";
import { ratio } from "../shapes/ratio";
import { KpiResult } from "./kpi-result";

/**
 * Renewal rate.
 *
 * Of the customers whose contract came up for renewal in a period, the share who renewed:
 *
 *     renewal rate = renewed / up_for_renewal
 *
 * 45 renewals out of 50 contracts up for renewal is 90% (0.9). Customers whose contract did not
 * end in the period are in neither count. Both arguments are counts (whole numbers ≥ 0).
 *
 * @example renewal(45, 50) // => 0.9
 *
 * Errors: renewed > up_for_renewal → `part-exceeds-whole` (checked before the division);
 * up_for_renewal = 0 → `zero-denominator`.
 */
export function renewal(renewed: unknown, upForRenewal: unknown): KpiResult {
  return ratio(
    [
      { param: "renewed", value: renewed, role: "numerator", domain: count },
      { param: "up_for_renewal", value: upForRenewal, role: "denominator", domain: count },
    ],
    { partOfWhole: true }
  );
}
