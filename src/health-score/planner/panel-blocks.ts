/**
 * Summary, lowest 10 and percentile grids of the model panel (docs/health-score.md, "The model
 * panel" and "The percentile grid").
 */
import { ColumnFill, PlannedCell } from "../plan";
import { gridFills } from "./formulas/grid";
import { LOWEST, lowestFormulas, summaryFormulas } from "./formulas/summary";
import { GRID_POINTS, ROW } from "./layout";
import { Model, metricSource } from "./model";

const BAND_ROWS = [
  ["green", "bandGreen"],
  ["yellow", "bandYellow"],
  ["red", "bandRed"],
  ["nodata", "bandNodata"],
] as const;

export function summaryCells(model: Model): PlannedCell[] {
  const { l, s } = model;
  const hasRevenue = l.revenue !== undefined;
  const at = (row: number, d: number, value: string | number, style = "label"): PlannedCell => ({
    row,
    column: l.labels + d,
    value,
    style,
  });
  const headers = [s.band, s.accounts, s.share, ...(hasRevenue ? [s.revenue] : [])];
  const styleOf = (column: number, row: number): string | undefined => {
    const d = column - l.labels;
    if (row >= ROW.summaryBands && row <= ROW.summaryTotal && d === 2) return "share";
    if (d === 3 || (row === ROW.revenueAtRisk && d === 1)) return "revenue";
    if (row === ROW.average || row === ROW.median) return "score";
    return undefined;
  };
  return [
    at(ROW.summaryTitle, 0, s.summary, "section"),
    ...headers.map((h, d) => at(ROW.summaryHeader, d, h, "header")),
    ...BAND_ROWS.map(([key, style], i) => at(ROW.summaryBands + i, 0, s[key], style)),
    at(ROW.summaryTotal, 0, s.total, "title"),
    at(ROW.summaryTotal, 2, 1, "share"),
    at(ROW.average, 0, s.averageScore),
    at(ROW.median, 0, s.medianScore),
    ...(l.trend !== undefined ? [at(ROW.declining, 0, s.accountsDeclining)] : []),
    ...(hasRevenue ? [at(ROW.revenueAtRisk, 0, s.revenueAtRisk)] : []),
    ...summaryFormulas(l, s).map((f) => ({ ...f, style: styleOf(f.column, f.row) })),
  ];
}

/** Lowest 10: headers and ranks as cells, each column as one fill (the first Row cell apart). */
export function lowestBlock(model: Model): { cells: PlannedCell[]; fills: ColumnFill[] } {
  const { l, s } = model;
  const headers = [
    s.rank,
    s.account,
    s.score,
    s.band,
    ...(l.revenue !== undefined ? [s.revenue] : []),
  ];
  const cells: PlannedCell[] = [
    { row: ROW.lowestTitle, column: l.labels, value: s.lowest, style: "section" },
    ...headers.map((value, d) => ({
      row: ROW.lowestHeader,
      column: l.labels + d,
      value,
      style: "header",
    })),
    { row: ROW.lowestHeader, column: l.labels + LOWEST.row, value: s.row, style: "helper" },
  ];
  for (let k = 1; k <= ROW.lowestLast - ROW.lowestFirst + 1; k++)
    cells.push({ row: ROW.lowestFirst + k - 1, column: l.labels, value: k });
  const styles: Record<number, string> = {
    [LOWEST.score]: "score",
    [LOWEST.revenue]: "revenue",
    [LOWEST.row]: "helper",
  };
  const first = lowestFormulas(l, ROW.lowestFirst);
  const second = lowestFormulas(l, ROW.lowestFirst + 1);
  const fills: ColumnFill[] = [];
  for (const f of first) {
    const d = f.column - l.labels;
    const style = styles[d];
    if (d === LOWEST.row) {
      cells.push({ ...f, style });
      const next = second.find((g) => g.column === f.column);
      if (next)
        fills.push({
          column: f.column,
          firstRow: next.row,
          lastRow: ROW.lowestLast,
          formula: next.formula,
          style,
        });
    } else
      fills.push({
        column: f.column,
        firstRow: f.row,
        lastRow: ROW.lowestLast,
        formula: f.formula,
        style,
      });
  }
  return { cells, fills };
}

/** Grids for the percentile metrics in their helper columns, with labels and j/100 constants. */
export function gridBlock(model: Model): { cells: PlannedCell[]; fills: ColumnFill[] } {
  const { l, s, settings } = model;
  const percentile = settings.metrics.flatMap((m, k) =>
    m.normalisation === "percentile" ? [k] : []
  );
  if (percentile.length === 0) return { cells: [], fills: [] };
  const at = (row: number, value: string | number, style: string): PlannedCell => ({
    row,
    column: l.gridLabels,
    value,
    style,
  });
  const cells: PlannedCell[] = [
    at(ROW.gridTitle, s.percentileGrid, "section"),
    at(ROW.gridValuesLabel, s.gridValues, "label"),
    at(ROW.gridBelowLabel, s.gridBelow, "label"),
    at(ROW.gridLastIndexLabel, s.gridLastIndex, "label"),
  ];
  for (let j = 0; j < GRID_POINTS; j++) cells.push(at(ROW.gridFirst + j, j / 100, "gridPoint"));
  return { cells, fills: percentile.flatMap((k) => gridFills(l, k, metricSource(model, k))) };
}
