import { revenueRetention } from "../shapes/revenue-retention";
import { KpiResult } from "./kpi-result";

/**
 * Gross revenue retention (GRR).
 *
 * How much of the recurring revenue your existing customers brought at the start of a period
 * you kept, leaving aside what they added:
 *
 *     GRR = (start_mrr − contraction − churned_mrr) / start_mrr
 *
 * start_mrr is the MRR of the customers you had at the start; contraction what they took away
 * by downgrading during the period; churned_mrr the MRR of those who cancelled. Upgrades and new
 * customers are left out, so GRR is never above 100%: it shows how well you hold on to revenue,
 * where NDR (ndr.ts) also counts growth. 100,000 at the start, 5,000 of downgrades and 5,000
 * cancelled is a GRR of 90%. All three arguments are amounts (≥ 0) of the same period.
 *
 * @example grr(100000, 5000, 5000) // => 0.9
 *
 * Errors: contraction + churned_mrr > start_mrr → `part-exceeds-whole` (you cannot lose more
 * than you had; binary rounding is tolerated and a result it pushes below 0 is 0, so
 * grr(0.3, 0.1, 0.2) is 0); start_mrr = 0 → `zero-denominator`.
 */
export function grr(startMrr: unknown, contraction: unknown, churnedMrr: unknown): KpiResult {
  return revenueRetention({ startMrr, contraction, churnedMrr });
}
