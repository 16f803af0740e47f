import { count } from "../args/domains";
import { shareKpi } from "../shapes/ratio";

/**
 * Free-trial conversion rate.
 *
 * The share of the users who took a free trial who then became paying customers:
 *
 *     trial conversion = converted / trial_users
 *
 * Take the users whose trial ended in the period, and of them those who paid. 30 paying out of
 * 200 trial users is 15%. Seed 002 words it the other way round, trial users / converted; that
 * inverts the rate (200 / 30 would be 667%), so it is not used: converted can never exceed
 * trial_users, and giving the arguments in that order is an error. Both are counts (whole
 * numbers ≥ 0).
 *
 * @example trialConversion(30, 200) // => 0.15
 *
 * Errors: converted > trial_users → `part-exceeds-whole`; a fraction → `not-integer`; a
 * negative number → `not-non-negative`; trial_users = 0 → `zero-denominator`.
 */
export const trialConversion = shareKpi(["converted", count], ["trial_users", count]);
