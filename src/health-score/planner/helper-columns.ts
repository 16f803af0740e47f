/**
 * The helper columns' own cells (spec §16): a bold title, each metric's name, the min–max
 * coefficients (rows 2–3), per percentile metric one column of grid positions (one MATCH per
 * account instead of one per use in its component) and the column of present weights (one
 * SUMPRODUCT per account instead of one per points cell). The grid itself is gridBlock's.
 */
import { fill } from "../locales";
import { ColumnFill, PlannedCell } from "../plan";
import { FIRST_DATA_ROW } from "./formulas/refs";
import { gridPositionFormula, minmaxCoefficients } from "./formulas/components";
import { presentWeightFormula } from "./formulas/points";
import { ROW } from "./layout";
import { Model } from "./model";

export function helperColumns(model: Model): { cells: PlannedCell[]; fills: ColumnFill[] } {
  const { l, s, settings } = model;
  const cells: PlannedCell[] = [
    { row: 1, column: l.gridLabels, value: s.helperColumns, style: "header" },
  ];
  const fills: ColumnFill[] = [
    {
      column: l.presentWeight,
      firstRow: FIRST_DATA_ROW,
      lastRow: l.lastRow,
      formula: presentWeightFormula(l),
      style: "gridValue",
    },
  ];
  cells.push({ row: 1, column: l.presentWeight, value: s.presentWeight, style: "header" });
  const minmax = settings.metrics.some((m) => m.normalisation === "minmax");
  if (minmax)
    cells.push(
      { row: ROW.minmaxOrigin, column: l.gridLabels, value: s.minmaxOrigin, style: "label" },
      { row: ROW.minmaxDivisor, column: l.gridLabels, value: s.minmaxDivisor, style: "label" }
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
      const header = fill(s.gridPosition, { name: m.name });
      cells.push({ row: 1, column: l.match(k), value: header, style: "header" });
      fills.push({
        column: l.match(k),
        firstRow: FIRST_DATA_ROW,
        lastRow: l.lastRow,
        formula: gridPositionFormula(l, k),
        style: "gridCount",
      });
    }
  });
  return { cells, fills };
}
