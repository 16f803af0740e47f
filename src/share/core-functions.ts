/**
 * The formula core as the formula engine's CS functions: what `CS.NPS(…)` gives on a workbook's
 * stored values, so the CLI can compare it with the native formula and the cached value.
 */
import { isKpiError } from "../core";
import { Scalar } from "../formula/values";
import { NATIVE_TABLE } from "../native/native-table";

/** The value of CS.`id` on `args` (scalars or rows of cells), an error value for a KPI error. */
export function coreFunctionValue(
  id: string,
  args: readonly unknown[]
): Scalar | readonly Scalar[] {
  const entry = NATIVE_TABLE.get(id);
  if (!entry) return { error: "#NAME?" };
  const padded = entry.params.map((_, i) => (i < args.length ? args[i] : null));
  const result = entry.compute(...padded);
  if (isKpiError(result)) return { error: result.excel };
  return typeof result === "number" ? result : [...result];
}
