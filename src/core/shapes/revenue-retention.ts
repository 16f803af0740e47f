import { amount } from "../args/domains";
import { readScalars, ScalarArgument } from "../args/scalar";
import { isKpiError, KpiError } from "../errors/kpi-error";
import { finite, KpiResult } from "../kpi/kpi-result";
import { checkPartOfWhole } from "./relations";

/** What existing customers' recurring revenue did over a period, as Excel sent the amounts. */
export interface RevenueMovements {
  readonly startMrr: unknown;
  /** Present for NDR only: GRR has no expansion parameter (a key holding undefined is blank). */
  readonly expansion?: unknown;
  readonly contraction: unknown;
  readonly churnedMrr: unknown;
}

/**
 * The shape of NDR and GRR: the share of start MRR still there at the end of the period,
 *
 *     (start_mrr + expansion − contraction − churned_mrr) / start_mrr, left to right,
 *
 * with expansion 0 for GRR. All movements are amounts in parameter order (start_mrr, [expansion,]
 * contraction, churned_mrr). You cannot lose more than you had: contraction + churned_mrr >
 * start_mrr is `part-exceeds-whole`, with the rounding tolerance of functions.md §1; where that
 * relation holds, a result rounding pushes below 0 is 0 (0.3, 0.1, 0.2 gives 0, not −9e-17).
 * start_mrr = 0 → `zero-denominator`; a result too large for a double → `result-too-large`.
 */
export function revenueRetention(movements: RevenueMovements): KpiResult {
  const withExpansion = "expansion" in movements;
  const expansion: ScalarArgument[] = withExpansion
    ? [{ param: "expansion", value: movements.expansion, domain: amount }]
    : [];
  const values = readScalars([
    { param: "start_mrr", value: movements.startMrr, domain: amount },
    ...expansion,
    { param: "contraction", value: movements.contraction, domain: amount },
    { param: "churned_mrr", value: movements.churnedMrr, domain: amount },
  ]);
  if (isKpiError(values)) return values;
  const [start, grown, shrunk, lost] = withExpansion ? values : [values[0], 0, ...values.slice(1)];
  const exceeds = checkPartOfWhole(
    { name: "contraction + churned_mrr", value: shrunk + lost },
    { name: "start_mrr", value: start }
  );
  if (exceeds) return exceeds;
  if (start === 0) return KpiError.of("zero-denominator", { arg: "start_mrr" });
  return finite(Math.max(0, (start + grown - shrunk - lost) / start));
}
