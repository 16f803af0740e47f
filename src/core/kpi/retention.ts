import { Checks } from "../args/checks";
import { count } from "../args/domains";
import { readScalar } from "../args/scalar";
import { KpiError } from "../errors/kpi-error";
import { checkPartOfWhole } from "../shapes/relations";
import { KpiResult } from "./kpi-result";

const PARAMS = ["customers_at_start", "customers_at_end", "new_customers"] as const;

/**
 * Customer retention rate.
 *
 * The share of the customers you had at the start of a period that you still have at its end.
 * Customers won during the period are taken out of the end count, so growth cannot hide losses:
 *
 *     retention = (customers_at_end − new_customers) / customers_at_start
 *
 * 1,000 customers at the start, 1,036 at the end of whom 100 are new: 936 of the original
 * 1,000 stayed, a retention of 93.6% (0.936). All three arguments are counts (whole numbers ≥ 0).
 *
 * @example retention(1000, 1036, 100) // => 0.936
 *
 * Errors, in order: new_customers > customers_at_end → `part-exceeds-whole`;
 * customers_at_end − new_customers > customers_at_start (more customers kept than you had) →
 * `part-exceeds-whole`; customers_at_start = 0 → `zero-denominator`.
 */
export function retention(
  customersAtStart: unknown,
  customersAtEnd: unknown,
  newCustomers: unknown
): KpiResult {
  const checks = new Checks(PARAMS);
  const start = readScalar(checks, "customers_at_start", customersAtStart, count);
  const end = readScalar(checks, "customers_at_end", customersAtEnd, count);
  const won = readScalar(checks, "new_customers", newCustomers, count);
  if (checks.failure) return checks.failure;
  const problem =
    checkPartOfWhole(
      { name: "new_customers", value: won },
      { name: "customers_at_end", value: end }
    ) ??
    checkPartOfWhole(
      { name: "customers_at_end − new_customers", value: end - won },
      { name: "customers_at_start", value: start }
    );
  if (problem) return problem;
  if (start === 0) return KpiError.of("zero-denominator", { arg: "customers_at_start" });
  // The checks forgive a part above its whole by rounding (1e-12 relative): such a part counts
  // as equal, so the rate is exactly 0 or 1 rather than a hair outside (or, near the largest
  // doubles, a huge negative number).
  return Math.min(1, Math.max(0, end - won) / start);
}
