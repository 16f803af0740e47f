/**
 * Back-test formulas (docs/health-score.md, "The back-test"): churn per band, lift, and the AUC of
 * the score and of each metric from binned counts. Each bin edge costs one COUNTIFS and one SUMIF
 * over the column (accounts at or above the edge), bins are differences of those, and no row
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
 * Retained accounts (outcome 0) whose value in `values` (an absolute column range) is at or above
 * `edge` (a cell): one pass over the column with two criteria.
 */
export const retainedFrom = (l: Layout, values: string, edge: string): string =>
  `COUNTIFS(${values},">="&${edge},${columnRange(l, l.outcome as number)},0)`;

/**
 * Churned accounts whose value is at or above `edge`: the outcome column holds 1 (churned), 0 or
 * blank, so summing it is counting them, one pass with one criterion.
 */
export const churnedFrom = (l: Layout, values: string, edge: string): string =>
  `SUMIF(${values},">="&${edge},${columnRange(l, l.outcome as number)})`;

/**
 * Accounts in the bin of `row`: at or above its edge less at or above the next edge. The row
 * after a block's last bin holds no count, which reads as 0.
 */
export const inBin = (row: number, fromColumn: number): string =>
  `${cell(row, fromColumn)}-${cell(row + 1, fromColumn)}`;

/** Churned accounts below the bin of `row`: churned at or above the first edge less at or above its own. */
export const churnedBelow = (firstRow: number, row: number, churnedFromColumn: number): string =>
  `${cell(firstRow, churnedFromColumn, "$row")}-${cell(row, churnedFromColumn)}`;

/** AUC from the bins' retained, churned and churned-below ranges; blank without both outcomes. */
export const aucFormula = (retained: string, churned: string, below: string): string =>
  `IF(OR(SUM(${retained})=0,SUM(${churned})=0),"",SUMPRODUCT(${retained},${below}+${churned}/2)/(SUM(${retained})*SUM(${churned})))`;
