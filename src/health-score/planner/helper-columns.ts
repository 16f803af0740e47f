/**
 * The helper columns' own cells (docs/health-score.md, "Helper columns"): a bold title, each
 * metric's name, the min–max coefficients (rows 2–3), per percentile metric one column of grid
 * positions (one MATCH per account instead of one per use in its component) and the column of
 * present weights (one SUMPRODUCT per account instead of one per points cell). With trend source
 * snapshots ("What changed") also each metric's column in the history sheet (row 4), each account's
 * row in the baseline snapshot and its largest fall of points, so the table's Previous, Main change
 * and Points change look each up once. The grid itself is gridBlock's.
 */
import { fill } from "../locales";
import { ColumnFill, PlannedCell } from "../plan";
import { FIRST_DATA_ROW } from "./formulas/refs";
import {
  gridPositionFormula,
  minmaxCoefficients,
  percentileCoefficients,
} from "./formulas/components";
import {
  baselineRowFormula,
  historyColumnFormula,
  largestFallFormula,
} from "./formulas/snapshot-previous";
import { presentWeightFormula } from "./formulas/points";
import { ROW } from "./layout";
import { Model, alignedSource } from "./model";

export function helperColumns(model: Model): { cells: PlannedCell[]; fills: ColumnFill[] } {
  const { l, s, settings } = model;
  const cells: PlannedCell[] = [
    { row: 1, column: l.gridLabels, value: s.helperColumns, style: "header" },
  ];
  const history = model.historySheet;
  const fillColumn = (column: number, formula: string, style: string): ColumnFill => ({
    column,
    firstRow: FIRST_DATA_ROW,
    lastRow: l.lastRow,
    formula,
    style,
  });
  const fills: ColumnFill[] = [fillColumn(l.presentWeight, presentWeightFormula(l), "gridValue")];
  cells.push({ row: 1, column: l.presentWeight, value: s.presentWeight, style: "header" });
  const uses = (n: string) => settings.metrics.some((m) => m.normalisation === n);
  if (uses("minmax"))
    cells.push(
      { row: ROW.minmaxOrigin, column: l.gridLabels, value: s.minmaxOrigin, style: "label" },
      { row: ROW.minmaxDivisor, column: l.gridLabels, value: s.minmaxDivisor, style: "label" }
    );
  if (uses("percentile"))
    cells.push(
      { row: ROW.percentileFlip, column: l.gridLabels, value: s.percentileFlip, style: "label" },
      { row: ROW.percentileSign, column: l.gridLabels, value: s.percentileSign, style: "label" }
    );
  settings.metrics.forEach((m, k) => {
    cells.push({ row: 1, column: l.grid(k), value: m.name, style: "header" });
    if (m.normalisation === "minmax") {
      const { origin, divisor } = minmaxCoefficients(l, k);
      cells.push(
        { row: ROW.minmaxOrigin, column: l.grid(k), formula: origin, style: "gridValue" },
        { row: ROW.minmaxDivisor, column: l.grid(k), formula: divisor, style: "gridValue" }
      );
    }
    if (m.normalisation === "percentile") {
      const { flip, sign } = percentileCoefficients(l, k);
      cells.push(
        { row: ROW.percentileFlip, column: l.grid(k), formula: flip, style: "gridCount" },
        { row: ROW.percentileSign, column: l.grid(k), formula: sign, style: "gridCount" }
      );
      const header = fill(s.gridPosition, { name: m.name });
      cells.push({ row: 1, column: l.match(k), value: header, style: "header" });
      fills.push(
        fillColumn(
          l.match(k),
          gridPositionFormula(l, k, alignedSource(model.roles.metrics[k])),
          "gridCount"
        )
      );
    }
    if (history !== undefined)
      cells.push({
        row: ROW.historyColumn,
        column: l.grid(k),
        formula: historyColumnFormula(l, history, k),
        style: "gridCount",
      });
  });
  if (history !== undefined && l.baselineRow !== undefined && l.largestFall !== undefined) {
    cells.push(
      { row: ROW.historyColumn, column: l.gridLabels, value: s.historyColumn, style: "label" },
      { row: 1, column: l.baselineRow, value: s.baselineRow, style: "header" },
      { row: 1, column: l.largestFall, value: s.largestFall, style: "header" }
    );
    fills.push(
      fillColumn(l.baselineRow, baselineRowFormula(l, history), "gridCount"),
      fillColumn(l.largestFall, largestFallFormula(l, history), "change")
    );
  }
  return { cells, fills };
}
