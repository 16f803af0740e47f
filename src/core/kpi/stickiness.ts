import { amount } from "../args/domains";
import { shareKpi } from "../shapes/ratio";

/**
 * Stickiness (DAU/MAU).
 *
 * How often your users come back: the share of a month's active users who are active on a
 * typical day:
 *
 *     stickiness = dau / mau
 *
 * dau is the average number of daily active users over the month, mau the number of different
 * users active in that month. 1,250 daily of 5,000 monthly is 25%: the average user comes back
 * on about one day in four. Both are amounts (≥ 0), because an average DAU is often fractional
 * (412.7). Every daily user is a monthly user, so dau cannot exceed mau; binary rounding is
 * tolerated and the result is never above 100%. Seed 003 names the ratio "MAU/DAU" but defines
 * DAU / MAU, which is the one used.
 *
 * @example stickiness(1250, 5000) // => 0.25
 *
 * Errors: dau > mau → `part-exceeds-whole`; a negative number → `not-non-negative`;
 * mau = 0 → `zero-denominator`.
 */
export const stickiness = shareKpi(["dau", amount], ["mau", amount]);
