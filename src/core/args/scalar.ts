import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange } from "../values/range";
import { Checks, Step } from "./checks";
import { Domain } from "./domains";
import { firstInputError } from "./items";

/**
 * Reads a scalar argument (functions.md §1 "Scalar arguments"): a 1×1 range is unwrapped,
 * an error is returned as it came, blank is missing (or the default when `fallback` is given),
 * text and booleans are not numbers, and the number must lie in `domain`.
 *
 * Returns the number to use; when a problem was reported to `checks` the value is NaN and the
 * caller returns `checks.failure` before using it.
 */
export function readScalar(
  checks: Checks,
  param: string,
  raw: unknown,
  domain: Domain,
  fallback?: number
): number {
  let value = raw;
  if (Array.isArray(raw)) {
    const range = asRange(raw);
    const rows = range.length;
    const cols = rows > 0 ? range[0].length : 0;
    if (rows !== 1 || cols !== 1) {
      const error = firstInputError(range);
      if (error) checks.report(Step.InputError, param, error);
      else
        checks.report(
          Step.ArgumentKind,
          param,
          KpiError.of("arg-not-single", { arg: param, rows, cols })
        );
      return NaN;
    }
    value = range[0][0];
  }

  const cell = readCell(value);
  switch (cell.kind) {
    case "number": {
      const problem = domain(cell.value, param);
      if (problem) {
        checks.report(Step.ScalarDomain, param, problem);
        return NaN;
      }
      return cell.value;
    }
    case "error":
      checks.report(Step.InputError, param, KpiError.fromInput(cell.error));
      return NaN;
    case "blank":
      if (fallback !== undefined) return fallback;
      checks.report(Step.ArgumentKind, param, KpiError.of("arg-missing", { arg: param }));
      return NaN;
    default:
      checks.report(Step.ArgumentKind, param, KpiError.of("arg-not-number", { arg: param }));
      return NaN;
  }
}
