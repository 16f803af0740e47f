/*
 * Customer health (docs/functions.md) as an Excel custom function; conventions in
 * ./excel-result.ts.
 */

import { healthScore } from "../core/kpi/health-score";
import { toExcel } from "./excel-result";

/**
 * Health score 0–100 for one account: weighted mean of metrics already scaled to 0–1. Missing metrics drop out and the other weights renormalise.
 * @customfunction HEALTHSCORE
 * @helpurl https://localhost:3000/help.html#HEALTHSCORE
 * @param values The account's metrics, each already scaled to 0–1 (1 = best), in one row or one column. A blank or text value is missing: that metric drops out.
 * @param weights Importance of each metric, same size as values: numbers of 0 or more, which need not add up to 1. The weight of a missing metric is ignored.
 * @param [higher_is_better] Optional, same size as values: TRUE (or 1) where a higher value is better, FALSE (or 0) where lower is better (the value counts as 1 − value). Default: all TRUE.
 * @returns The health score, from 0 to 100.
 */
export function HEALTHSCORE(values: any[][], weights: any[][], higher_is_better?: any[][]): any {
  return toExcel("HEALTHSCORE", "number", () => healthScore(values, weights, higher_is_better));
}
