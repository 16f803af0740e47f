import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { Checks, Step } from "./checks";
import { singleValue } from "./scalar";

/**
 * Reads an optional text argument that names one of `options` (e.g. TTV's method "median" or
 * "mean"), case-insensitively: a 1×1 range is unwrapped, an error is returned as it came, blank
 * or omitted is `fallback`, and anything else, a number or TRUE/FALSE included, is
 * `arg-bad-option` listing the options.
 *
 * Returns the option as spelled in `options`; when a problem was reported to `checks` it is
 * `fallback` and the caller returns `checks.failure` before using it.
 */
export function readOption<Option extends string>(
  checks: Checks,
  param: string,
  raw: unknown,
  options: readonly Option[],
  fallback: Option
): Option {
  const single = singleValue(checks, param, raw);
  if (!single) return fallback;
  const cell = readCell(single.value);
  if (cell.kind === "blank") return fallback;
  if (cell.kind === "error") {
    checks.report(Step.InputError, param, KpiError.fromInput(cell.error));
    return fallback;
  }
  const text = typeof single.value === "string" ? single.value.toLowerCase() : undefined;
  const chosen = options.find((option) => option.toLowerCase() === text);
  if (chosen !== undefined) return chosen;
  const listed = options.map((option) => `"${option}"`).join(", ");
  checks.report(
    Step.ArgumentKind,
    param,
    KpiError.of("arg-bad-option", { arg: param, options: listed })
  );
  return fallback;
}
