import { KpiError } from "../errors/kpi-error";

/** A KPI's value, or the error that explains why there is none. */
export type KpiResult = number | KpiError;

/** A computed value, or `result-too-large` when it overflowed to ±Infinity (or NaN from that). */
export function finite(value: number): KpiResult {
  return Number.isFinite(value) ? value : KpiError.of("result-too-large", {});
}
