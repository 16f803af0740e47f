import { Checks } from "../args/checks";
import { amount } from "../args/domains";
import { readScalar } from "../args/scalar";
import { KpiError } from "../errors/kpi-error";
import { checkPartOfWhole } from "../shapes/relations";
import { KpiResult } from "./kpi-result";

const PARAMS = ["start_mrr", "expansion", "contraction", "churned_mrr"] as const;

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
 * start_mrr = 0 → `zero-denominator`.
 */
export function ndr(
  startMrr: unknown,
  expansion: unknown,
  contraction: unknown,
  churnedMrr: unknown
): KpiResult {
  const checks = new Checks(PARAMS);
  const start = readScalar(checks, "start_mrr", startMrr, amount);
  const grown = readScalar(checks, "expansion", expansion, amount);
  const shrunk = readScalar(checks, "contraction", contraction, amount);
  const lost = readScalar(checks, "churned_mrr", churnedMrr, amount);
  if (checks.failure) return checks.failure;
  const exceeds = checkPartOfWhole(
    { name: "contraction + churned_mrr", value: shrunk + lost },
    { name: "start_mrr", value: start }
  );
  if (exceeds) return exceeds;
  if (start === 0) return KpiError.of("zero-denominator", { arg: "start_mrr" });
  return Math.max(0, (start + grown - shrunk - lost) / start);
}
