/*
 * The CS.* custom functions. Each is a JSDoc-documented declaration that Excel's metadata is
 * generated from (description = tooltip, @param = argument hint) and a one-line body that hands
 * the raw Excel values to the formula core. Parameters are `any` / `any[][]` so the core sees
 * blanks, text, booleans and error values exactly as Excel sends them (functions.md §1).
 */

import { churn, clv, ndr, nps } from "../core";
import { toExcel } from "./excel-result";

/**
 * Net Promoter Score from 0–10 answers: % promoters (9–10) minus % detractors (0–6), from −100 to 100. Blanks and text are ignored.
 * @customfunction NPS
 * @helpurl https://localhost:3000/help.html#NPS
 * @param scores Survey answers, whole numbers 0–10, e.g. B2:B500. Blanks and text are skipped.
 * @returns The Net Promoter Score, from −100 to 100.
 */
export function NPS(scores: any[][]): any {
  return toExcel("NPS", "number", () => nps(scores));
}

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
 * Net dollar retention: (start MRR + expansion − contraction − churned MRR) / start MRR. 105% means existing customers grew revenue.
 * @customfunction NDR
 * @helpurl https://localhost:3000/help.html#NDR
 * @param start_mrr Recurring revenue from existing customers at the start of the period.
 * @param expansion Revenue those customers added through upgrades, upsell and cross-sell (0 if none).
 * @param contraction Revenue lost through downgrades (0 if none).
 * @param churned_mrr Revenue lost from customers who cancelled (0 if none).
 * @returns The net dollar retention rate, e.g. 105.0%.
 */
export function NDR(start_mrr: any, expansion: any, contraction: any, churned_mrr: any): any {
  return toExcel("NDR", "rate", () => ndr(start_mrr, expansion, contraction, churned_mrr));
}

/**
 * Customer lifetime value: average purchase × purchases per period × lifespan in periods × gross margin (default 1).
 * @customfunction CLV
 * @helpurl https://localhost:3000/help.html#CLV
 * @param average_purchase_value Average revenue per purchase.
 * @param purchases_per_period Average number of purchases per customer in one period, e.g. 3 a month.
 * @param lifespan_periods Average customer lifespan in the same periods, e.g. 24 months.
 * @param [gross_margin] Optional. Gross margin as a fraction (40% or 0.4). Default 1: lifetime revenue.
 * @returns The lifetime value of one customer.
 */
export function CLV(
  average_purchase_value: any,
  purchases_per_period: any,
  lifespan_periods: any,
  gross_margin?: any
): any {
  return toExcel("CLV", "number", () =>
    clv(average_purchase_value, purchases_per_period, lifespan_periods, gross_margin)
  );
}
