import { count } from "../args/domains";
import { shareKpi } from "../shapes/ratio";

/**
 * First contact resolution rate (FCR).
 *
 * The share of support tickets solved in the first interaction, with no follow-up, reopening or
 * hand-off:
 *
 *     FCR = resolved_on_first_contact / total_tickets
 *
 * Count the tickets of one period in both arguments. The tickets resolved on first contact are
 * some of all tickets, so there cannot be more of them. 72 of 90 tickets solved at once is an
 * FCR of 80%. Both arguments are counts (whole numbers ≥ 0).
 *
 * @example fcr(72, 90) // => 0.8
 *
 * Errors: resolved_on_first_contact > total_tickets → `part-exceeds-whole`; a fraction →
 * `not-integer`; a negative number → `not-non-negative`; total_tickets = 0 → `zero-denominator`.
 */
export const fcr = shareKpi(["resolved_on_first_contact", count], ["total_tickets", count]);
