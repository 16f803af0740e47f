/* Customer-retention KPIs (functions.md §4) as Excel custom functions; conventions in ./excel-result.ts. */

import { churn } from "../core/kpi/churn";
import { toExcel } from "./excel-result";

/**
 * Customer churn rate: customers lost during the period divided by customers at its start.
 * @customfunction CHURN
 * @helpurl https://localhost:3000/help.html#CHURN
 * @param customers_at_start Number of customers at the start of the period (a whole number).
 * @param customers_lost Customers lost during the period (a whole number, at most customers_at_start).
 * @returns The churn rate, e.g. 6.4%.
 */
export function CHURN(customers_at_start: any, customers_lost: any): any {
  return toExcel("CHURN", "rate", () => churn(customers_at_start, customers_lost));
}
