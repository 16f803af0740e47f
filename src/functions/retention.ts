/*
 * Customer-retention KPIs (docs/functions.md) as Excel custom functions; conventions in
 * ./excel-result.ts.
 */

import { churn } from "../core/kpi/churn";
import { churnFromDates } from "../core/kpi/churn-from-dates";
import { renewal } from "../core/kpi/renewal";
import { retention } from "../core/kpi/retention";
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

/**
 * Churn rate from a subscription list: churned in the period / customers at its start. Blank end date = still active.
 * @customfunction CHURNFROMDATES
 * @helpurl https://localhost:3000/help.html#CHURNFROMDATES
 * @param start_dates Start date of each subscription, one per row, e.g. B2:B500. Rows with a blank or text start (such as a header) are skipped.
 * @param end_dates End (churn) date of each subscription, same size as start_dates. Blank = still active.
 * @param period_start First day of the period (a date), included. Times of day are ignored.
 * @param period_end Last day of the period (a date), included. Times of day are ignored.
 * @returns The churn rate, e.g. 6.4%. Customers who start and churn within the period count as churned.
 */
export function CHURNFROMDATES(
  start_dates: any[][],
  end_dates: any[][],
  period_start: any,
  period_end: any
): any {
  return toExcel("CHURNFROMDATES", "rate", () =>
    churnFromDates(start_dates, end_dates, period_start, period_end)
  );
}

/**
 * Customer retention rate: (customers at end − new customers) / customers at start.
 * @customfunction RETENTION
 * @helpurl https://localhost:3000/help.html#RETENTION
 * @param customers_at_start Number of customers at the start of the period (a whole number).
 * @param customers_at_end Number of customers at the end of the period, new ones included (a whole number).
 * @param new_customers Customers won during the period (a whole number, at most customers_at_end).
 * @returns The retention rate, e.g. 93.6%.
 */
export function RETENTION(customers_at_start: any, customers_at_end: any, new_customers: any): any {
  return toExcel("RETENTION", "rate", () =>
    retention(customers_at_start, customers_at_end, new_customers)
  );
}

/**
 * Renewal rate: customers who renewed divided by customers whose contract was up for renewal.
 * @customfunction RENEWAL
 * @helpurl https://localhost:3000/help.html#RENEWAL
 * @param renewed Customers who renewed (a whole number, at most up_for_renewal).
 * @param up_for_renewal Customers whose contract was up for renewal in the period (a whole number).
 * @returns The renewal rate, e.g. 90.0%.
 */
export function RENEWAL(renewed: any, up_for_renewal: any): any {
  return toExcel("RENEWAL", "rate", () => renewal(renewed, up_for_renewal));
}
