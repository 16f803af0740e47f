/* Revenue KPIs (functions.md §5) as Excel custom functions; conventions in ./excel-result.ts. */

import { ndr } from "../core/kpi/ndr";
import { clv } from "../core/kpi/clv";
import { toExcel } from "./excel-result";

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
