import { revenueLost } from "../shapes/revenue-retention";
import { KpiResult } from "./kpi-result";

/**
 * Revenue churn rate (MRR churn): the share of the recurring revenue existing customers brought
 * at the start of a period that you lost during it.
 *
 *     gross = (contraction + churned_mrr) / start_mrr
 *     net   = (contraction + churned_mrr − expansion) / start_mrr     (expansion given)
 *
 * start_mrr is the MRR of the customers you had at the start; contraction what they took away by
 * downgrading; churned_mrr the MRR of those who cancelled; expansion what the others added by
 * upgrading. Gross churn is 1 − GRR (grr.ts) and never above 100%; net churn is 1 − NDR (ndr.ts)
 * and is negative when upgrades outweigh the losses ("negative churn", the mark of a growing
 * base). 100,000 at the start with 5,000 of downgrades and 5,000 cancelled is 10% gross churn;
 * with 15,000 of upgrades it is −5% net. All four arguments are amounts (≥ 0) of the same period.
 *
 * @example revenueChurn(100000, 5000, 5000) // => 0.1
 *
 * Errors: contraction + churned_mrr > start_mrr → `part-exceeds-whole` (you cannot lose more
 * than you had; binary rounding is tolerated and a result it pushes above 1 is 1);
 * start_mrr = 0 → `zero-denominator`.
 */
export function revenueChurn(
  startMrr: unknown,
  contraction: unknown,
  churnedMrr: unknown,
  expansion: unknown
): KpiResult {
  return revenueLost({ startMrr, contraction, churnedMrr, expansion });
}
