import { amount } from "../args/domains";
import { readScalars } from "../args/scalar";
import { isKpiError, KpiError } from "../errors/kpi-error";
import { finite, KpiResult } from "../kpi/kpi-result";
import { checkPartOfWhole } from "./relations";

/** What existing customers' recurring revenue did over a period, as Excel sent the amounts. */
export interface RevenueMovements {
  readonly startMrr: unknown;
  /** Absent for GRR, which has no expansion parameter (a key holding undefined is blank). */
  readonly expansion?: unknown;
  readonly contraction: unknown;
  readonly churnedMrr: unknown;
}

/** The movements as numbers (expansion 0 where the function has none or it was left blank). */
interface Amounts {
  readonly start: number;
  readonly expansion: number;
  readonly contraction: number;
  readonly churned: number;
}

const PARAMS = {
  startMrr: "start_mrr",
  expansion: "expansion",
  contraction: "contraction",
  churnedMrr: "churned_mrr",
} as const;

/**
 * Reads the movements as amounts in the function's parameter order `order` (NDR has expansion
 * second, REVENUECHURN last and optional, GRR none), then checks what the amounts must satisfy:
 * you cannot lose more than you had, so contraction + churned_mrr > start_mrr is
 * `part-exceeds-whole` (with the rounding tolerance of docs/function-contract.md, "Order of
 * checks"), and start_mrr = 0 is `zero-denominator`.
 */
function readMovements(
  movements: RevenueMovements,
  order: readonly (keyof RevenueMovements)[],
  optional: readonly (keyof RevenueMovements)[] = []
): Amounts | KpiError {
  const values = readScalars(
    order.map((key) => ({
      param: PARAMS[key],
      value: movements[key],
      domain: amount,
      fallback: optional.includes(key) ? 0 : undefined,
    }))
  );
  if (isKpiError(values)) return values;
  const of = (key: keyof RevenueMovements): number =>
    order.includes(key) ? values[order.indexOf(key)] : 0;
  const amounts = {
    start: of("startMrr"),
    expansion: of("expansion"),
    contraction: of("contraction"),
    churned: of("churnedMrr"),
  };
  const exceeds = checkPartOfWhole(
    { name: "contraction + churned_mrr", value: amounts.contraction + amounts.churned },
    { name: "start_mrr", value: amounts.start }
  );
  if (exceeds) return exceeds;
  if (amounts.start === 0) return KpiError.of("zero-denominator", { arg: "start_mrr" });
  return amounts;
}

/**
 * The shape of NDR and GRR: the share of start MRR still there at the end of the period,
 *
 *     (start_mrr + expansion − contraction − churned_mrr) / start_mrr, left to right,
 *
 * with expansion 0 for GRR. All movements are amounts in parameter order (start_mrr, [expansion,]
 * contraction, churned_mrr). Where contraction + churned_mrr ≤ start_mrr holds, a result
 * rounding pushes below 0 is 0 (0.3, 0.1, 0.2 gives 0, not −9e-17); a result too large for a
 * double → `result-too-large`.
 */
export function revenueRetention(movements: RevenueMovements): KpiResult {
  const order: (keyof RevenueMovements)[] =
    "expansion" in movements
      ? ["startMrr", "expansion", "contraction", "churnedMrr"]
      : ["startMrr", "contraction", "churnedMrr"];
  const a = readMovements(movements, order);
  if (isKpiError(a)) return a;
  return finite(Math.max(0, (a.start + a.expansion - a.contraction - a.churned) / a.start));
}

/**
 * The shape of REVENUECHURN, the complement of GRR (gross) and NDR (net): the share of start MRR
 * lost, (contraction + churned_mrr − expansion) / start_mrr, left to right. Parameters are
 * start_mrr, contraction, churned_mrr, [expansion]; a blank expansion is 0 (the gross rate).
 * Where the relation holds, a result rounding pushes above 1 is 1; a net result far below 0 that
 * overflows → `result-too-large`.
 */
export function revenueLost(movements: RevenueMovements): KpiResult {
  const a = readMovements(
    movements,
    ["startMrr", "contraction", "churnedMrr", "expansion"],
    ["expansion"]
  );
  if (isKpiError(a)) return a;
  return finite(Math.min(1, (a.contraction + a.churned - a.expansion) / a.start));
}
