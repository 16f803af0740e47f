/** A core result as one comparable value: the number, or "#EXCEL id: message" for an error. */
import { isKpiError, KpiResult } from "../../src/core";

export function outcome(result: KpiResult): number | string {
  return isKpiError(result) ? `${result.excel} ${result.id}: ${result.message}` : result;
}
