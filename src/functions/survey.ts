/* Survey KPIs (functions.md §3) as Excel custom functions; conventions in ./excel-result.ts. */

import { nps } from "../core/kpi/nps";
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
