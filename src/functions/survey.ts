/* Survey KPIs (docs/functions.md) as Excel custom functions; conventions in ./excel-result.ts. */

import { ces } from "../core/kpi/ces";
import { cesAvg } from "../core/kpi/ces-avg";
import { csat } from "../core/kpi/csat";
import { nps } from "../core/kpi/nps";
import { npsBreakdown } from "../core/kpi/nps-breakdown";
import { toExcel, toExcelRow } from "./excel-result";

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
 * Spills one row: share of promoters, share of passives, share of detractors, number of valid 0–10 answers.
 * @customfunction NPSBREAKDOWN
 * @helpurl https://localhost:3000/help.html#NPSBREAKDOWN
 * @param scores Survey answers, whole numbers 0–10, e.g. B2:B500. Blanks and text are skipped.
 * @returns {any[][]} Four cells in a row: % promoters (9–10), % passives (7–8), % detractors (0–6), number of answers.
 */
export function NPSBREAKDOWN(scores: any[][]) {
  return toExcelRow("NPSBREAKDOWN", ["rate", "rate", "rate", "number"], () => npsBreakdown(scores));
}

/**
 * Customer satisfaction: share of answers at or above satisfied_min on a 1..scale_max scale (default 1–5, satisfied = 4–5).
 * @customfunction CSAT
 * @helpurl https://localhost:3000/help.html#CSAT
 * @param scores Satisfaction answers, whole numbers from 1 to scale_max, e.g. B2:B500. Blanks and text are skipped.
 * @param [scale_max] Optional. Highest answer on the scale, a whole number of at least 2. Default 5 (a 1–5 scale).
 * @param [satisfied_min] Optional. Lowest answer that counts as satisfied. Default: the first answer above the middle of the scale (4 on 1–5, 6 on 1–10).
 * @returns The share of satisfied answers, e.g. 62.5%.
 */
export function CSAT(scores: any[][], scale_max?: any, satisfied_min?: any): any {
  return toExcel("CSAT", "rate", () => csat(scores, scale_max, satisfied_min));
}

/**
 * Customer Effort Score: share of positive answers (at or above positive_min; default 5–7 on a 1–7 scale where 7 = very easy).
 * @customfunction CES
 * @helpurl https://localhost:3000/help.html#CES
 * @param scores Effort answers, whole numbers from 1 to scale_max, higher = easier, e.g. B2:B500. Blanks and text are skipped.
 * @param [scale_max] Optional. Highest answer on the scale, a whole number of at least 2. Default 7 (a 1–7 scale).
 * @param [positive_min] Optional. Lowest answer that counts as positive (easy). Default: the first answer above the middle of the scale (5 on 1–7, 4 on 1–5).
 * @returns The share of positive answers, e.g. 42.9%.
 */
export function CES(scores: any[][], scale_max?: any, positive_min?: any): any {
  return toExcel("CES", "rate", () => ces(scores, scale_max, positive_min));
}

/**
 * Average effort score of the valid answers on a 1..scale_max scale (default 7).
 * @customfunction CESAVG
 * @helpurl https://localhost:3000/help.html#CESAVG
 * @param scores Effort answers, whole numbers from 1 to scale_max, higher = easier, e.g. B2:B500. Blanks and text are skipped.
 * @param [scale_max] Optional. Highest answer on the scale, a whole number of at least 2. Default 7 (a 1–7 scale).
 * @returns The average answer, between 1 and scale_max.
 */
export function CESAVG(scores: any[][], scale_max?: any): any {
  return toExcel("CESAVG", "number", () => cesAvg(scores, scale_max));
}
