/* Survey KPIs (functions.md §3) as Excel custom functions; conventions in ./excel-result.ts. */

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
