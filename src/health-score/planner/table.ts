/**
 * The account table (docs/health-score.md, "The account table"): header row and one column fill per
 * column.
 */
import { fill } from "../locales";
import { ColumnFill, PlannedCell } from "../plan";
import { outcomeFormula } from "./formulas/backtest";
import { componentFormula } from "./formulas/components";
import { biggestGapFormula, pointsFormula } from "./formulas/points";
import { FIRST_DATA_ROW } from "./formulas/refs";
import {
  bandFormula,
  changeFormula,
  idOrBlank,
  numberOrBlank,
  scoreFormula,
  trendFormula,
} from "./formulas/score";
import {
  mainChangeFormula,
  pointsChangeFormula,
  snapshotPreviousFormula,
} from "./formulas/snapshot-previous";
import { Model, alignedSource } from "./model";

export function tableHeaders(model: Model): PlannedCell[] {
  const { l, s, settings } = model;
  const header = (column: number, value: string): PlannedCell => ({
    row: 1,
    column,
    value,
    style: "header",
  });
  return [
    header(1, s.account),
    ...settings.metrics.map((m, k) =>
      header(l.component(k), fill(s.componentHeader, { name: m.name }))
    ),
    ...settings.metrics.map((m, k) => header(l.points(k), fill(s.pointsHeader, { name: m.name }))),
    header(l.score, s.score),
    header(l.band, s.band),
    header(l.biggestGap, s.biggestGap),
    ...(l.previous !== undefined ? [header(l.previous, s.previous)] : []),
    ...(l.change !== undefined ? [header(l.change, s.change)] : []),
    ...(l.trend !== undefined ? [header(l.trend, s.trend)] : []),
    ...(l.mainChange !== undefined ? [header(l.mainChange, s.mainChange)] : []),
    ...(l.pointsChange !== undefined ? [header(l.pointsChange, s.pointsChange)] : []),
    ...(l.revenue !== undefined ? [header(l.revenue, s.revenue)] : []),
    ...(l.outcome !== undefined ? [header(l.outcome, s.churned)] : []),
  ];
}

export function tableFills(model: Model): ColumnFill[] {
  const { l, s, roles, settings } = model;
  const fillColumn = (column: number, formula: string, style?: string): ColumnFill => ({
    column,
    firstRow: FIRST_DATA_ROW,
    lastRow: l.lastRow,
    formula,
    style,
  });
  const fills = [
    fillColumn(1, idOrBlank(alignedSource(roles.ids))),
    ...settings.metrics.map((m, k) =>
      fillColumn(
        l.component(k),
        componentFormula(l, k, m.normalisation, alignedSource(roles.metrics[k])),
        "component"
      )
    ),
    ...settings.metrics.map((_, k) => fillColumn(l.points(k), pointsFormula(l, k), "score")),
    fillColumn(l.score, scoreFormula(l), "score"),
    fillColumn(l.band, bandFormula(l, s)),
    fillColumn(l.biggestGap, biggestGapFormula(l)),
  ];
  if (l.previous !== undefined && l.change !== undefined && l.trend !== undefined) {
    const previous =
      settings.trendSource === "column" && roles.previousScore
        ? numberOrBlank(alignedSource(roles.previousScore))
        : snapshotPreviousFormula(l, model.historySheet ?? "");
    fills.push(
      fillColumn(l.previous, previous, "score"),
      fillColumn(l.change, changeFormula(l, l.previous), "change"),
      fillColumn(l.trend, trendFormula(l, l.change, s))
    );
  }
  if (l.mainChange !== undefined && l.pointsChange !== undefined && model.historySheet)
    fills.push(
      fillColumn(l.mainChange, mainChangeFormula(l, model.historySheet)),
      fillColumn(l.pointsChange, pointsChangeFormula(l), "change")
    );
  if (l.revenue !== undefined && roles.revenue)
    fills.push(fillColumn(l.revenue, numberOrBlank(alignedSource(roles.revenue)), "revenue"));
  if (l.outcome !== undefined && roles.outcome)
    fills.push(fillColumn(l.outcome, outcomeFormula(alignedSource(roles.outcome)), "count"));
  return fills;
}
