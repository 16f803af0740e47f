import { amount } from "../args/domains";
import { quotientKpi } from "../shapes/ratio";

/**
 * Expansion MRR rate.
 *
 * How much recurring revenue your existing customers added during a period, through upsell (a
 * bigger plan, more seats) and cross-sell (other products), for each unit of MRR they started
 * with:
 *
 *     expansion rate = expansion_mrr / start_mrr
 *
 * Only increases from customers you had at the start count: new customers' MRR does not, and
 * downgrades are not netted off (NDR does that). 15,000 of expansion on a start MRR of 100,000
 * is 15%. The rate may exceed 100%: 150 on 100 is 150%. Both arguments are amounts (≥ 0) of the
 * same period.
 *
 * @example expansionRate(15000, 100000) // => 0.15
 *
 * Errors: a negative argument → `not-non-negative`; start_mrr = 0 → `zero-denominator`.
 */
export const expansionRate = quotientKpi(["expansion_mrr", amount], ["start_mrr", amount]);
