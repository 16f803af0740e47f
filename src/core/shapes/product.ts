import { readScalars, ScalarArgument } from "../args/scalar";
import { isKpiError } from "../errors/kpi-error";
import { finite, KpiResult } from "../kpi/kpi-result";

/**
 * The shape of KPIs that multiply their scalar arguments (MRR, CLV): every argument is read in
 * its domain, in parameter order, and the result is their product, taken left to right
 * (`result-too-large` if it overflows).
 */
export function product(args: readonly ScalarArgument[]): KpiResult {
  const values = readScalars(args);
  return isKpiError(values) ? values : finite(values.reduce((result, value) => result * value, 1));
}
