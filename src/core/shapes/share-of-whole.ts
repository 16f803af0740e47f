import { Checks } from "../args/checks";
import { count, Domain } from "../args/domains";
import { readScalar } from "../args/scalar";
import { KpiError } from "../errors/kpi-error";
import { KpiResult } from "../kpi/kpi-result";
import { checkPartOfWhole } from "./relations";

export interface ShareArgument {
  readonly param: string;
  readonly value: unknown;
  readonly role: "part" | "whole";
}

/**
 * The shape shared by churn, renewal, first-contact resolution and conversion rates: two
 * arguments, a part and its whole (counts unless `domain` says otherwise), result part / whole.
 * The part may not exceed the whole (`part-exceeds-whole`), checked before the division, and a
 * zero whole is `zero-denominator`. `args` are given in the function's parameter order.
 */
export function shareOfWhole(
  args: readonly [ShareArgument, ShareArgument],
  domain: Domain = count
): KpiResult {
  const checks = new Checks(args.map((arg) => arg.param));
  const values = args.map((arg) => ({
    name: arg.param,
    role: arg.role,
    value: readScalar(checks, arg.param, arg.value, domain),
  }));
  if (checks.failure) return checks.failure;
  const part = values.find((v) => v.role === "part")!;
  const whole = values.find((v) => v.role === "whole")!;
  const exceeds = checkPartOfWhole(part, whole);
  if (exceeds) return exceeds;
  if (whole.value === 0) return KpiError.of("zero-denominator", { arg: whole.name });
  return part.value / whole.value;
}
