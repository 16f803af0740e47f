import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange, Range } from "../values/range";
import { Checks, Step } from "./checks";
import { Domain } from "./domains";

/** A scalar argument as a KPI declares it: parameter name, the value Excel sent, its domain. */
export interface ScalarArgument {
  readonly param: string;
  readonly value: unknown;
  readonly domain: Domain;
  /** The default of an optional argument, used when it is omitted or blank. */
  readonly fallback?: number;
}

/**
 * Reads every argument of a function whose arguments are all scalars, given in parameter order:
 * the numbers to use, in that order, or the error that the contract's order of checks puts first.
 */
export function readScalars(args: readonly ScalarArgument[]): number[] | KpiError {
  const checks = new Checks(args.map((arg) => arg.param));
  const values = args.map((arg) =>
    readScalar(checks, arg.param, arg.value, arg.domain, arg.fallback)
  );
  return checks.failure ?? values;
}

/**
 * Reads a scalar argument (docs/function-contract.md, "Arguments"): a 1×1 range is unwrapped,
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
  const single = singleValue(checks, param, raw);
  if (!single) return NaN;

  const cell = readCell(single.value);
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

/**
 * The one value of a scalar argument: the value itself, or the cell of a 1×1 range. A larger
 * range is `arg-not-single`, unless it holds an error value, which is returned as it came; both
 * are reported to `checks` and give undefined.
 */
export function singleValue(
  checks: Checks,
  param: string,
  raw: unknown
): { readonly value: unknown } | undefined {
  if (!Array.isArray(raw)) return { value: raw };
  const range = asRange(raw);
  const rows = range.length;
  const cols = rows > 0 ? range[0].length : 0;
  if (rows === 1 && cols === 1) return { value: range[0][0] };
  const error = firstErrorIn(range);
  if (error) checks.report(Step.InputError, param, error);
  else
    checks.report(
      Step.ArgumentKind,
      param,
      KpiError.of("arg-not-single", { arg: param, rows, cols })
    );
  return undefined;
}

/** The first error value of a range, row-major, as an `input-error`. */
export function firstErrorIn(range: Range): KpiError | undefined {
  for (const row of range) {
    for (const value of row) {
      const cell = readCell(value);
      if (cell.kind === "error") return KpiError.fromInput(cell.error);
    }
  }
  return undefined;
}
