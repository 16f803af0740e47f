/*
 * Uncertainty and revenue churn (docs/function-contract.md) as Excel custom functions; conventions
 * in ./excel-result.ts.
 */

import { csatCi } from "../core/kpi/csat-ci";
import { npsCi } from "../core/kpi/nps-ci";
import { npsTest } from "../core/kpi/nps-test";
import { revenueChurn } from "../core/kpi/revenue-churn";
import { toExcel, toExcelRow } from "./excel-result";

/**
 * NPS with its confidence interval: spills NPS, lower bound, upper bound and the number of answers (adjusted-Wald method).
 * @customfunction NPSCI
 * @helpurl https://localhost:3000/help.html#NPSCI
 * @param scores Survey answers, whole numbers 0–10, e.g. B2:B500. Blanks and text are skipped.
 * @param [confidence] Optional. Confidence level of the interval, greater than 0 and less than 1. Default 95%.
 * @returns {any[][]} Four cells in a row: NPS, lower bound, upper bound (from −100 to 100), number of answers.
 */
export function NPSCI(scores: any[][], confidence?: any) {
  return toExcelRow("NPSCI", ["number", "number", "number", "number"], () =>
    npsCi(scores, confidence)
  );
}

/**
 * Did NPS really change? Spills the change in NPS points (after − before) and the p-value of a two-sided test; below 0.05 the change is significant at 95%.
 * @customfunction NPSTEST
 * @helpurl https://localhost:3000/help.html#NPSTEST
 * @param scores_before Answers of the earlier survey, whole numbers 0–10, e.g. B2:B500. Blanks and text are skipped.
 * @param scores_after Answers of the later survey, whole numbers 0–10, e.g. C2:C500. Blanks and text are skipped.
 * @returns {any[][]} Two cells in a row: change in NPS points (after − before), p-value (from 0 to 1).
 */
export function NPSTEST(scores_before: any[][], scores_after: any[][]) {
  return toExcelRow("NPSTEST", ["number", "number"], () => npsTest(scores_before, scores_after));
}

/**
 * CSAT with its confidence interval: spills the share of satisfied answers, lower bound, upper bound and the number of answers (Wilson score interval).
 * @customfunction CSATCI
 * @helpurl https://localhost:3000/help.html#CSATCI
 * @param scores Satisfaction answers, whole numbers from 1 to scale_max, e.g. B2:B500. Blanks and text are skipped.
 * @param [scale_max] Optional. Highest answer on the scale, a whole number of at least 2. Default 5 (a 1–5 scale).
 * @param [satisfied_min] Optional. Lowest answer that counts as satisfied. Default: the first answer above the middle of the scale (4 on 1–5, 6 on 1–10).
 * @param [confidence] Optional. Confidence level of the interval, greater than 0 and less than 1. Default 95%.
 * @returns {any[][]} Four cells in a row: CSAT, lower bound, upper bound (as percentages), number of answers.
 */
export function CSATCI(scores: any[][], scale_max?: any, satisfied_min?: any, confidence?: any) {
  return toExcelRow("CSATCI", ["rate", "rate", "rate", "number"], () =>
    csatCi(scores, scale_max, satisfied_min, confidence)
  );
}

/**
 * Revenue churn rate: MRR lost to downgrades and cancellations divided by start MRR (gross); with expansion given, net of it (can be negative).
 * @customfunction REVENUECHURN
 * @helpurl https://localhost:3000/help.html#REVENUECHURN
 * @param start_mrr Recurring revenue from existing customers at the start of the period.
 * @param contraction Revenue lost through downgrades during the period (0 if none).
 * @param churned_mrr Revenue lost from customers who cancelled during the period (0 if none).
 * @param [expansion] Optional. Revenue those customers added through upgrades during the period; given, the rate is net of it. Empty: the gross rate.
 * @returns The revenue churn rate, e.g. 10.0%; net churn below 0% when expansion exceeds the losses.
 */
export function REVENUECHURN(
  start_mrr: any,
  contraction: any,
  churned_mrr: any,
  expansion?: any
): any {
  return toExcel("REVENUECHURN", "rate", () =>
    revenueChurn(start_mrr, contraction, churned_mrr, expansion)
  );
}
