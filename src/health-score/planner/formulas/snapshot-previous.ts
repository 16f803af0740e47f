/**
 * Previous score looked up in the history sheet's baseline snapshot (spec §5.5): the row with the
 * same position first (O(1) while accounts keep their order), else an exact MATCH on the id with
 * the wildcards `~ * ?` escaped.
 */
import { cell, sheetPrefix } from "../../../a1/a1";
import { Layout, ROW } from "../layout";
import { FIRST_DATA_ROW, valueCell } from "./refs";

export function snapshotPreviousFormula(l: Layout, historySheet: string): string {
  const h = sheetPrefix(historySheet);
  const id = cell(FIRST_DATA_ROW, 1, "$col");
  const [first, rows] = [ROW.baselineFirstRow, ROW.baselineRows].map((row) => valueCell(l, row));
  const key = `IF(ISTEXT(${id}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${id},"~","~~"),"*","~*"),"?","~?"),${id})`;
  const ids = `INDEX(${h}$B:$B,${first}):INDEX(${h}$B:$B,${first}+${rows}-1)`;
  const fallback = `IFERROR(INDEX(${h}$C:$C,${first}-1+MATCH(${key},${ids},0)),"")`;
  const hint = `${first}+ROW()-2`;
  return `IF(NOT(ISNUMBER(${rows})),"",IF(ROW()-1>${rows},${fallback},IF(INDEX(${h}$B:$B,${hint})=${id},INDEX(${h}$C:$C,${hint}),${fallback})))`;
}

/** Panel rows 24–26: the latest snapshot, its first row and its row count. */
export function baselineFormulas(l: Layout, historySheet: string): Record<number, string> {
  const h = sheetPrefix(historySheet);
  const baseline = valueCell(l, ROW.baselineSnapshot);
  const lookup = (column: string) =>
    `IFERROR(INDEX(${h}$${column}:$${column},MATCH(${baseline},${h}$F:$F,0)),"")`;
  return {
    [ROW.baselineSnapshot]: `IF(COUNT(${h}$F:$F)=0,"",MAX(${h}$F:$F))`,
    [ROW.baselineFirstRow]: lookup("G"),
    [ROW.baselineRows]: lookup("H"),
  };
}
