import { KpiError } from "../errors/kpi-error";

/**
 * Number domains (docs/function-contract.md, "Order of checks"). Each returns the error for a value
 * outside it, or undefined. NaN and infinities (never sent by Excel) fail every domain.
 */
export type Domain = (value: number, param: string) => KpiError | undefined;

/** Any finite number (e.g. a usage threshold). */
export const anyNumber: Domain = (value, param) =>
  Number.isFinite(value) ? undefined : KpiError.of("not-non-negative", { arg: param });

/** Number ≥ 0, fractions allowed: money, durations, averages. */
export const amount: Domain = (value, param) =>
  value >= 0 && value !== Infinity ? undefined : KpiError.of("not-non-negative", { arg: param });

/** Integer ≥ 0: customers, tickets. A negative fraction is negative before it is fractional. */
export const count: Domain = (value, param) => {
  if (!(value >= 0)) return KpiError.of("not-non-negative", { arg: param });
  return Number.isInteger(value) ? undefined : KpiError.of("not-integer", { arg: param });
};

/** Number in [0, 1]: margins and rates typed as 6.4% or 0.064. */
export const fraction: Domain = (value, param) =>
  value >= 0 && value <= 1 ? undefined : KpiError.of("fraction-out-of-range", { arg: param });

/**
 * A confidence level (docs/function-contract.md): strictly between 0 and 1, so 95% or 0.95, not 95.
 */
export const confidence: Domain = (value, param) =>
  value > 0 && value < 1 ? undefined : KpiError.of("bad-confidence", { arg: param });

/** Excel date serial from 1900-01-00 up to, not including, 10000-01-01. */
export const date: Domain = (value, param) =>
  value >= 0 && value < 2958466 ? undefined : KpiError.of("date-out-of-range", { arg: param });
