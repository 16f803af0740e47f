import { Checks } from "../args/checks";
import { Domain } from "../args/domains";
import { readScalar } from "../args/scalar";
import { KpiError } from "../errors/kpi-error";
import { KpiResult } from "../kpi/kpi-result";
import { checkPartOfWhole } from "./relations";

export interface RatioArgument {
  readonly param: string;
  readonly value: unknown;
  readonly role: "numerator" | "denominator";
  readonly domain: Domain;
}

/**
 * The shape of every KPI that divides one scalar argument by another (churn, renewal, ARPU,
 * stickiness…): both read as scalars in their domains, a zero denominator is
 * `zero-denominator`, the result is numerator / denominator. With `partOfWhole` the numerator is
 * a part of the denominator: it may not exceed it (`part-exceeds-whole`, checked before the
 * division, with the rounding tolerance of functions.md §1) and the result is at most 1.
 * `args` are given in the function's parameter order.
 */
export function ratio(
  args: readonly [RatioArgument, RatioArgument],
  options: { readonly partOfWhole: boolean }
): KpiResult {
  const checks = new Checks(args.map((arg) => arg.param));
  const values = args.map((arg) => ({
    name: arg.param,
    role: arg.role,
    value: readScalar(checks, arg.param, arg.value, arg.domain),
  }));
  if (checks.failure) return checks.failure;
  const numerator = values.find((v) => v.role === "numerator")!;
  const denominator = values.find((v) => v.role === "denominator")!;
  if (options.partOfWhole) {
    const exceeds = checkPartOfWhole(numerator, denominator);
    if (exceeds) return exceeds;
  }
  if (denominator.value === 0) return KpiError.of("zero-denominator", { arg: denominator.name });
  const quotient = numerator.value / denominator.value;
  return options.partOfWhole ? Math.min(1, quotient) : quotient;
}
