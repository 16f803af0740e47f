/* Support and engagement KPIs (functions.md §6) as Excel custom functions; conventions in ./excel-result.ts. */

import { ttv } from "../core/kpi/ttv";
import { toExcel } from "./excel-result";

/**
 * Time to value in days: median (or mean) of first-value date − start date over customers who reached value. Blank value date = not yet.
 * @customfunction TTV
 * @helpurl https://localhost:3000/help.html#TTV
 * @param start_dates Start date of each customer (signup, contract, kick-off), one per row. Rows with a blank or text start (such as a header) are skipped.
 * @param value_dates Date each customer first reached value, same size as start_dates. Blank = not reached yet, left out.
 * @param [method] Optional. "median" (default) or "mean".
 * @returns Days from start to first value; times of day count as fractions of a day.
 */
export function TTV(start_dates: any[][], value_dates: any[][], method?: any): any {
  return toExcel("TTV", "number", () => ttv(start_dates, value_dates, method));
}
