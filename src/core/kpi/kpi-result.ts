import { KpiError } from "../errors/kpi-error";

/** A KPI's value, or the error that explains why there is none. */
export type KpiResult = number | KpiError;

/**
 * A KPI that spills one row of values (e.g. NPSBREAKDOWN), or the one error that explains why
 * there is none: an error is never spilled (docs/function-contract.md, "Results").
 */
export type KpiRowResult<Row extends readonly number[] = readonly number[]> = Row | KpiError;

/** A computed value, or `result-too-large` when it overflowed to ±Infinity (or NaN from that). */
export function finite(value: number): KpiResult {
  return Number.isFinite(value) ? value : KpiError.of("result-too-large", {});
}
