import { amount, count } from "../args/domains";
import { quotientKpi } from "../shapes/ratio";

/**
 * Customer retention cost (CRC).
 *
 * What keeping one customer cost you over a period (seed 002):
 *
 *     CRC = retention_costs / customers
 *
 * retention_costs is everything the period's customer-success work cost: salaries, tools,
 * onboarding and retention programmes; customers is the number of customers you served in that
 * period. 50,000 spent on 1,000 customers is 50 per customer. retention_costs is an amount
 * (≥ 0), customers a count (whole number ≥ 0).
 *
 * @example crc(50000, 1000) // => 50
 *
 * Errors: a fractional customers → `not-integer`; a negative argument → `not-non-negative`;
 * customers = 0 → `zero-denominator`.
 */
export const crc = quotientKpi(["retention_costs", amount], ["customers", count]);
