/* Support and engagement KPIs (functions.md §6) as Excel custom functions; conventions in ./excel-result.ts. */

import { usageRate } from "../core/kpi/usage-rate";
import { toExcel } from "./excel-result";

/**
 * Product usage rate: share of customers whose usage value is at or above threshold. Blanks and text are ignored.
 * @customfunction USAGERATE
 * @helpurl https://localhost:3000/help.html#USAGERATE
 * @param usage_values Usage per customer (logins, active days, events…), numbers of 0 or more, e.g. C2:C500. Blanks and text are skipped.
 * @param threshold Usage a customer must reach to count as using the product, in the same unit. A value equal to it counts.
 * @returns The share of customers at or above the threshold, e.g. 66.7%.
 */
export function USAGERATE(usage_values: any[][], threshold: any): any {
  return toExcel("USAGERATE", "rate", () => usageRate(usage_values, threshold));
}
