import { amount, count } from "../args/domains";
import { product } from "../shapes/product";
import { KpiResult } from "./kpi-result";

/**
 * Monthly recurring revenue (MRR).
 *
 * The subscription revenue you can count on each month: how many customers pay, times what the
 * average one pays per month:
 *
 *     MRR = active_customers × arpu
 *
 * Use the customers active in the month and the monthly ARPU (CS.ARPU over that month); one-off
 * fees such as set-up or services do not belong in it. 1,000 customers paying 750,000 a month
 * on average make an MRR of 750,000,000 (seed 002). active_customers is a count (whole number
 * ≥ 0), arpu an amount (≥ 0).
 *
 * @example mrr(120, 49.99) // => 5998.8
 *
 * Errors: a fractional active_customers → `not-integer`; a negative argument → `not-non-negative`.
 */
export function mrr(activeCustomers: unknown, arpu: unknown): KpiResult {
  return product([
    { param: "active_customers", value: activeCustomers, domain: count },
    { param: "arpu", value: arpu, domain: amount },
  ]);
}
