/**
 * Score, band, change and trend of row 2 (docs/health-score.md, "The model" and "The account
 * table").
 */
import { cell } from "../../../a1/a1";
import { text } from "../../a1";
import { OutputStrings } from "../../locales/en";
import { Layout, ROW } from "../layout";
import { FIRST_DATA_ROW, presentWeight, valueCell, weightsRange } from "./refs";

const r = FIRST_DATA_ROW;

/**
 * Weighted mean of the present components, × 100; blank when none is present. The present
 * weight is the row's helper cell (points share it).
 */
export function scoreFormula(l: Layout): string {
  const first = cell(r, l.component(0));
  const components = l.metrics === 1 ? first : `${first}:${cell(r, l.component(l.metrics - 1))}`;
  const present = presentWeight(l);
  return `IF(${present}=0,"",SUMPRODUCT(${components},${weightsRange(l)})/${present}*100)`;
}

export function bandFormula(l: Layout, s: OutputStrings): string {
  const score = cell(r, l.score);
  const [red, green] = [ROW.red, ROW.green].map((row) => valueCell(l, row));
  return `IF(ISNUMBER(${score}),IF(${score}<${red},${text(s.red)},IF(${score}<${green},${text(s.yellow)},${text(s.green)})),${text(s.nodata)})`;
}

export function changeFormula(l: Layout, previous: number): string {
  const [score, prev] = [cell(r, l.score), cell(r, previous)];
  return `IF(AND(ISNUMBER(${score}),ISNUMBER(${prev})),${score}-${prev},"")`;
}

export function trendFormula(l: Layout, change: number, s: OutputStrings): string {
  const c = cell(r, change);
  const t = valueCell(l, ROW.trendThreshold);
  return `IF(ISNUMBER(${c}),IF(${c}<=-${t},${text(s.down)},IF(${c}>=${t},${text(s.up)},${text(s.flat)})),"")`;
}

/** A source column copied as a number, else blank (raw metrics, previous score, revenue). */
export const numberOrBlank = (source: string): string => `IF(ISNUMBER(${source}),${source},"")`;

/** The account id copied, blank as "". */
export const idOrBlank = (source: string): string => `IF(ISBLANK(${source}),"",${source})`;
