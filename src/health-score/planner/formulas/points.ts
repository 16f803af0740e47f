/**
 * Points per metric and the biggest gap of row 2 (docs/health-score.md, "The account table"): why
 * an account has its score. points_k = 100·w_k·c_k / Σ present w, so the points add up to the
 * score; Σ present w is the row's present-weight helper cell, computed once for the score and all
 * points rather than in every points cell (O(M) per row instead of O(M²)). The biggest gap is the
 * metric losing most points, w_k·(1 − c_k) (the common denominator does not change which).
 */
import { absRange, cell } from "../../../a1/a1";
import { Layout, ROW } from "../layout";
import { FIRST_DATA_ROW, panelCell, presentWeight, weightsRange } from "./refs";

const r = FIRST_DATA_ROW;

/** Row 2's components, columns absolute so every points column reads the same block. */
const componentsOfRow = (l: Layout, abs: "" | "$col"): string => {
  const first = cell(r, l.component(0), abs);
  return l.metrics === 1 ? first : `${first}:${cell(r, l.component(l.metrics - 1), abs)}`;
};

/** Row 2 of the present-weight helper column: Σ w over the components the account has. */
export const presentWeightFormula = (l: Layout): string =>
  `SUMPRODUCT(--ISNUMBER(${componentsOfRow(l, "")}),${weightsRange(l)})`;

export function pointsFormula(l: Layout, k: number): string {
  const c = cell(r, l.component(k));
  const present = presentWeight(l);
  return `IF(ISNUMBER(${c}),IF(${present}=0,"",100*${panelCell(l, ROW.weight, k)}*${c}/${present}),"")`;
}

/**
 * The name (panel row 6) of the metric losing most. A missing component or one that loses
 * nothing (c = 1) becomes #DIV/0! (÷ ISNUMBER, ÷ (c < 1)), which AGGREGATE's option 6 and MATCH
 * pass over, so when nothing is lost AGGREGATE finds nothing and the cell is blank without a
 * third pass over the row (weights are > 0, so w·(1 − c) > 0 exactly when c < 1).
 * AGGREGATE(14,…) (LARGE) and INDEX(…,0) take the array without an array formula in Excel 2010
 * and LibreOffice. MATCH finds the first metric on a tie.
 */
export function biggestGapFormula(l: Layout): string {
  if (l.metrics === 1) {
    // One metric: no array to search (INDEX(…,0) of a single value is not portable).
    const c = cell(r, l.component(0));
    const name = panelCell(l, ROW.metric, 0);
    return `IF(ISNUMBER(${c}),IF(${weightsRange(l)}*(1-${c})=0,"",${name}),"")`;
  }
  const components = componentsOfRow(l, "");
  const lost = `${weightsRange(l)}*(1-${components})/ISNUMBER(${components})/(${components}<1)`;
  const names = absRange(ROW.metric, l.panel(0), ROW.metric, l.panel(l.metrics - 1));
  return `IFERROR(INDEX(${names},MATCH(AGGREGATE(14,6,${lost},1),INDEX(${lost},0),0)),"")`;
}
