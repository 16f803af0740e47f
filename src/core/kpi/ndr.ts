import { revenueRetention } from "../shapes/revenue-retention";
import { KpiResult } from "./kpi-result";

/**
 * Net dollar retention (net revenue retention).
 *
 * How much of the recurring revenue you had from existing customers at the start of a period
 * you still have at its end, counting their upgrades:
 *
 *     NDR = (start_mrr + expansion − contraction − churned_mrr) / start_mrr
 *
 * Above 100% (1.05 = 105%) existing customers grew their spend more than others cut or left;
 * new customers are not counted. All four arguments are amounts (≥ 0) of the same period.
 *
 * @example ndr(100000, 15000, 5000, 5000) // => 1.05
 *
 * Errors: contraction + churned_mrr > start_mrr → `part-exceeds-whole` (you cannot lose more
 * than you had; binary rounding is tolerated and a result it pushes below 0 is 0);
 * start_mrr = 0 → `zero-denominator`. GRR (grr.ts) is the same without expansion.
 */
export function ndr(
  startMrr: unknown,
  expansion: unknown,
  contraction: unknown,
  churnedMrr: unknown
): KpiResult {
  return revenueRetention({ startMrr, expansion, contraction, churnedMrr });
}
