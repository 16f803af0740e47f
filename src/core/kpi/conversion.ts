import { count } from "../args/domains";
import { shareKpi } from "../shapes/ratio";

/**
 * Conversion rate.
 *
 * The share of the visitors (or leads) of a period who took the step you measure: signed up,
 * bought, booked a demo:
 *
 *     conversion rate = conversions / visitors
 *
 * Count each visitor once and at most one conversion per visitor, so there cannot be more
 * conversions than visitors; for several purchases per visitor, divide in a plain formula
 * instead. 45 conversions from 1,500 visitors is 3%. Both arguments are counts (whole
 * numbers ≥ 0) of the same period.
 *
 * @example conversion(45, 1500) // => 0.03
 *
 * Errors: conversions > visitors → `part-exceeds-whole`; a fraction → `not-integer`; a negative
 * number → `not-non-negative`; visitors = 0 → `zero-denominator`.
 */
export const conversion = shareKpi(["conversions", count], ["visitors", count]);
