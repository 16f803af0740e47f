import { amount } from "../args/domains";
import { quotientKpi } from "../shapes/ratio";

/**
 * Average revenue per user (ARPU).
 *
 * What one user brings in, on average, over a period (seed 003):
 *
 *     ARPU = total_revenue / average_users
 *
 * Take the revenue of the period (a month for a monthly ARPU) and the average number of users
 * over the same period, for example (users at its start + users at its end) / 2, which may be
 * fractional. 10,000 of revenue in a month that averaged 412.5 users is an ARPU of 24.24. Both
 * arguments are amounts (≥ 0).
 *
 * @example arpu(750000000, 1000) // => 750000
 *
 * Errors: a negative argument → `not-non-negative`; average_users = 0 → `zero-denominator`.
 */
export const arpu = quotientKpi(["total_revenue", amount], ["average_users", amount]);
