import { fraction } from "./domains";
import { ScalarArgument } from "./scalar";

/**
 * `gross_margin` of CLV and SAASLTV: the share of revenue kept after the cost of serving it, a
 * fraction (40% or 0.4). Optional: omitted or blank it is 1, so the KPI gives revenue rather
 * than profit.
 */
export function grossMarginArgument(value: unknown): ScalarArgument {
  return { param: "gross_margin", value, domain: fraction, fallback: 1 };
}
