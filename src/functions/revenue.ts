/* Revenue KPIs (docs/functions.md) as Excel custom functions; conventions in ./excel-result.ts. */

import { mrr } from "../core/kpi/mrr";
import { arpu } from "../core/kpi/arpu";
import { ndr } from "../core/kpi/ndr";
import { grr } from "../core/kpi/grr";
import { expansionRate } from "../core/kpi/expansion-rate";
import { clv } from "../core/kpi/clv";
import { saasLtv } from "../core/kpi/saas-ltv";
import { crc } from "../core/kpi/crc";
import { toExcel } from "./excel-result";

/**
 * Monthly recurring revenue: active customers × average revenue per user (ARPU).
 * @customfunction MRR
 * @helpurl https://localhost:3000/help.html#MRR
 * @param active_customers Number of paying customers active in the month (a whole number).
 * @param arpu Average recurring revenue per customer per month, e.g. from CS.ARPU.
 * @returns The monthly recurring revenue.
 */
export function MRR(active_customers: any, arpu: any): any {
  return toExcel("MRR", "number", () => mrr(active_customers, arpu));
}

/**
 * Average revenue per user: total revenue of the period divided by the average number of users.
 * @customfunction ARPU
 * @helpurl https://localhost:3000/help.html#ARPU
 * @param total_revenue Revenue of the period, e.g. one month for a monthly ARPU.
 * @param average_users Average number of users over the same period; may have decimals, e.g. 412.5.
 * @returns The average revenue per user for the period.
 */
export function ARPU(total_revenue: any, average_users: any): any {
  return toExcel("ARPU", "number", () => arpu(total_revenue, average_users));
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
 * Gross revenue retention: (start MRR − contraction − churned MRR) / start MRR. Ignores expansion, so never above 100%.
 * @customfunction GRR
 * @helpurl https://localhost:3000/help.html#GRR
 * @param start_mrr Recurring revenue from existing customers at the start of the period.
 * @param contraction Revenue lost through downgrades during the period (0 if none).
 * @param churned_mrr Revenue lost from customers who cancelled during the period (0 if none).
 * @returns The gross revenue retention rate, from 0% to 100%.
 */
export function GRR(start_mrr: any, contraction: any, churned_mrr: any): any {
  return toExcel("GRR", "rate", () => grr(start_mrr, contraction, churned_mrr));
}

/**
 * Expansion MRR rate: revenue added by upsell and cross-sell to existing customers, divided by start MRR.
 * @customfunction EXPANSIONRATE
 * @helpurl https://localhost:3000/help.html#EXPANSIONRATE
 * @param expansion_mrr Recurring revenue existing customers added during the period (upsell, cross-sell); new customers not included.
 * @param start_mrr Recurring revenue from existing customers at the start of the period.
 * @returns The expansion rate, e.g. 15.0%; it can exceed 100%.
 */
export function EXPANSIONRATE(expansion_mrr: any, start_mrr: any): any {
  return toExcel("EXPANSIONRATE", "rate", () => expansionRate(expansion_mrr, start_mrr));
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

/**
 * Subscription lifetime value: ARPU × gross margin / churn rate. churn_rate is a fraction (6.4% or 0.064) for the same period as ARPU.
 * @customfunction SAASLTV
 * @helpurl https://localhost:3000/help.html#SAASLTV
 * @param arpu Average recurring revenue per customer per period, e.g. per month.
 * @param churn_rate Churn rate of the same period as a fraction: 6.4% or 0.064 (not 6.4), e.g. from CS.CHURN.
 * @param [gross_margin] Optional. Gross margin as a fraction (80% or 0.8). Default 1: lifetime revenue.
 * @returns The lifetime value of one subscriber.
 */
export function SAASLTV(arpu: any, churn_rate: any, gross_margin?: any): any {
  return toExcel("SAASLTV", "number", () => saasLtv(arpu, churn_rate, gross_margin));
}

/**
 * Customer retention cost: total customer-success costs of the period divided by the number of customers.
 * @customfunction CRC
 * @helpurl https://localhost:3000/help.html#CRC
 * @param retention_costs Everything customer success cost in the period: salaries, tools, programmes.
 * @param customers Number of customers served in the same period (a whole number).
 * @returns The retention cost per customer.
 */
export function CRC(retention_costs: any, customers: any): any {
  return toExcel("CRC", "number", () => crc(retention_costs, customers));
}
