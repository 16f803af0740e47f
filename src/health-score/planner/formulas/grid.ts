/**
 * Percentile grid of a metric (docs/health-score.md, "The percentile grid") in its helper column:
 * G_j = PERCENTILE.INC(source, j/100) in rows 56–156, F_j = grid values below G_j (rows 158–258),
 * T_j = grid values ≤ G_j minus 1 (rows 260–360).
 */
import { cell } from "../../../a1/a1";
import { ColumnFill } from "../../plan";
import { GRID_OFFSET, GRID_POINTS, Layout, ROW } from "../layout";
import { panelCell } from "./refs";

/** `source`: the metric's source values, absolute (see metricSource). */
export function gridFills(l: Layout, k: number, source: string): ColumnFill[] {
  const column = l.grid(k);
  const count = panelCell(l, ROW.validValues, k);
  const top = ROW.gridFirst;
  const span = (offset: number, formula: string, style: string): ColumnFill => ({
    column,
    firstRow: top + offset,
    lastRow: top + offset + GRID_POINTS - 1,
    formula: `IF(${count}=0,"",${formula})`,
    style,
  });
  const block = `${cell(top, column, "$row")}:${cell(top + GRID_POINTS - 1, column, "$row")}`;
  // PERCENTILE.INC over the source, error cells skipped (AGGREGATE option 6), for the same
  // reason as the panel's MIN and MAX.
  const percentile = `AGGREGATE(16,6,${source},${cell(top, l.gridLabels, "$col")})`;
  return [
    span(0, percentile, "gridValue"),
    span(GRID_OFFSET, `SUMPRODUCT(--(${block}<${cell(top, column)}))`, "gridCount"),
    span(2 * GRID_OFFSET, `SUMPRODUCT(--(${block}<=${cell(top, column)}))-1`, "gridCount"),
  ];
}
