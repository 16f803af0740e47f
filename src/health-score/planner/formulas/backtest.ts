/**
 * Back-test formulas (docs/health-score.md, "The back-test"): churn per band, lift, and the AUC of
 * the score and of each metric from binned COUNTIFS, so each bin costs one O(N) pass and no row
 * compares with every other. AUC = Σ_b R_b·(C_below b + C_b/2) / (R·C): a retained account above a
 * churned one counts 1, the same bin ½.
 */
import { cell } from "../../../a1/a1";
import { text } from "../../a1";
import { Layout } from "../layout";
import { columnRange } from "./refs";

/** The outcome source as 1 (1 or TRUE), 0 (0 or FALSE) or blank (anything else). */
export const outcomeFormula = (source: string): string =>
  `IF(ISLOGICAL(${source}),IF(${source},1,0),IF(ISNUMBER(${source}),IF(${source}=1,1,IF(${source}=0,0,"")),""))`;

/** Accounts of a band with outcome `o` (band text as written in the band column). */
export const bandOutcomes = (l: Layout, band: string, o: 0 | 1): string =>
  `COUNTIFS(${columnRange(l, l.band)},${text(band)},${columnRange(l, l.outcome as number)},${o})`;

/**
 * Accounts of `values` (an absolute column range) in the bin starting at `edge` (a cell) of
 * width `width`, with outcome `o`.
 */
export const binCount = (l: Layout, values: string, edge: string, width: number, o: 0 | 1) =>
  `COUNTIFS(${values},">="&${edge},${values},"<"&(${edge}+${width}),${columnRange(l, l.outcome as number)},${o})`;

/** Churned accounts in the bins before this one: a running sum over the block's churned column. */
export const churnedBelow = (firstRow: number, row: number, column: number): string =>
  `SUM(${cell(firstRow, column, "$row")}:${cell(row, column)})-${cell(row, column)}`;

/** AUC from the bins' retained, churned and churned-below ranges; blank without both outcomes. */
export const aucFormula = (retained: string, churned: string, below: string): string =>
  `IF(OR(SUM(${retained})=0,SUM(${churned})=0),"",SUMPRODUCT(${retained},${below}+${churned}/2)/(SUM(${retained})*SUM(${churned})))`;
