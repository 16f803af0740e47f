import { amount, count } from "../args/domains";
import { quotientKpi } from "../shapes/ratio";

/**
 * Average session length.
 *
 * How long a visit to your product lasts on average (seed 003):
 *
 *     average session = total_duration / sessions
 *
 * total_duration is the length of all the period's sessions added up, in any unit: seconds,
 * minutes, or Excel time (days, as a SUM of durations gives it). The result has the same unit.
 * 36,000 seconds over 240 sessions is 150 seconds; 0.5 day (12 hours) over 12 sessions is
 * 0.0417 day, which Excel shows as 1:00:00 in a time format. total_duration is an amount (≥ 0),
 * sessions a count (whole number ≥ 0).
 *
 * @example avgSession(36000, 240) // => 150
 *
 * Errors: a fractional sessions → `not-integer`; a negative number → `not-non-negative`;
 * sessions = 0 → `zero-denominator`.
 */
export const avgSession = quotientKpi(["total_duration", amount], ["sessions", count]);
