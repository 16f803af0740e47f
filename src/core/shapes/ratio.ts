import { Domain } from "../args/domains";
import { readScalars, ScalarArgument } from "../args/scalar";
import { isKpiError, KpiError } from "../errors/kpi-error";
import { finite, KpiResult } from "../kpi/kpi-result";
import { checkPartOfWhole } from "./relations";

export interface RatioArgument extends ScalarArgument {
  readonly role: "numerator" | "denominator";
}

/**
 * The shape of every KPI that divides by a scalar argument (churn, renewal, ARPU, stickiness,
 * SaaS LTV…): all arguments read as scalars in their domains, a zero denominator is
 * `zero-denominator`, the result is numerator / denominator (`result-too-large` if it overflows). The numerator is the product of the
 * numerator arguments in parameter order: one for most KPIs, ARPU × gross margin for SaaS LTV.
 * With `partOfWhole` the numerator, then a single argument, is a part of the denominator: it may
 * not exceed it (`part-exceeds-whole`, checked before the division, with the rounding tolerance
 * of docs/function-contract.md, "Order of checks") and the result is at most 1.
 * `args` are given in the function's parameter order; exactly one of them is the denominator.
 */
export function ratio(
  args: readonly RatioArgument[],
  options: { readonly partOfWhole: boolean }
): KpiResult {
  const values = readScalars(args);
  if (isKpiError(values)) return values;
  const operands = args.map((arg, i) => ({ name: arg.param, role: arg.role, value: values[i] }));
  const numerators = operands.filter((operand) => operand.role === "numerator");
  const denominator = operands.find((operand) => operand.role === "denominator")!;
  if (options.partOfWhole) {
    if (numerators.length !== 1) throw new Error("ratio: a part of a whole is a single argument.");
    const exceeds = checkPartOfWhole(numerators[0], denominator);
    if (exceeds) return exceeds;
  }
  if (denominator.value === 0) return KpiError.of("zero-denominator", { arg: denominator.name });
  const numerator = numerators.reduce((product, operand) => product * operand.value, 1);
  const quotient = numerator / denominator.value;
  return options.partOfWhole ? Math.min(1, quotient) : finite(quotient);
}

/** An argument of a two-argument ratio KPI, before Excel sends its value: name and domain. */
export type Operand = readonly [param: string, domain: Domain];

/** A KPI of two scalar arguments, numerator (or part) first. */
export type RatioKpi = (numerator: unknown, denominator: unknown) => KpiResult;

/** The KPI numerator / denominator of two arguments in that order, of any size (ARPU, CRC…). */
export function quotientKpi(numerator: Operand, denominator: Operand): RatioKpi {
  return ratioKpi(numerator, denominator, { partOfWhole: false });
}

/**
 * The KPI part / whole of two arguments in that order, where the part belongs to the whole and
 * so cannot exceed it (FCR, CONVERSION, STICKINESS…).
 */
export function shareKpi(part: Operand, whole: Operand): RatioKpi {
  return ratioKpi(part, whole, { partOfWhole: true });
}

function ratioKpi(
  numerator: Operand,
  denominator: Operand,
  options: { readonly partOfWhole: boolean }
): RatioKpi {
  return (numeratorValue, denominatorValue) =>
    ratio(
      [
        argument(numerator, numeratorValue, "numerator"),
        argument(denominator, denominatorValue, "denominator"),
      ],
      options
    );
}

function argument(
  [param, domain]: Operand,
  value: unknown,
  role: RatioArgument["role"]
): RatioArgument {
  return { param, value, role, domain };
}
