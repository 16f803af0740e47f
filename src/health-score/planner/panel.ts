/**
 * The model panel's labels, settings and statistics (docs/health-score.md, "The model panel", rows
 * 1–26).
 */
import { metricName } from "../defined-names";
import { text } from "../a1";
import { OutputStrings } from "../locales/en";
import { PlannedCell } from "../plan";
import { ROW } from "./layout";
import { Model, metricSource } from "./model";
import { panelCell, weightsRange } from "./formulas/refs";
import { baselineFormulas } from "./formulas/snapshot-previous";

export function panelCells(model: Model): PlannedCell[] {
  const { l, s } = model;
  const cells: PlannedCell[] = [];
  const label = (row: number, key: keyof OutputStrings, style = "label") =>
    cells.push({ row, column: l.labels, value: s[key], style });
  const value = (row: number, v: Omit<PlannedCell, "row" | "column">) =>
    cells.push({ row, column: l.labels + 1, ...v });

  label(ROW.title, "modelTitle", "title");
  label(ROW.built, "built");
  value(ROW.built, { value: model.sources.builtAt, style: "timestamp" });
  label(ROW.source, "source");
  value(ROW.source, { value: model.sourceText });
  label(ROW.settings, "settings", "section");
  (
    [
      "metric",
      "sourceRange",
      "direction",
      "normalisation",
      "bad",
      "good",
      "weight",
      "weightShare",
      "validValues",
      "min",
      "max",
      "status",
    ] as const
  ).forEach((key, i) => label(ROW.metric + i, key));
  model.settings.metrics.forEach((_, k) => cells.push(...metricColumn(model, k)));

  label(ROW.red, "redBelow");
  value(ROW.red, { value: model.settings.red, style: "editable" });
  label(ROW.green, "greenFrom");
  value(ROW.green, { value: model.settings.green, style: "editable" });
  label(ROW.trendThreshold, "trendThreshold");
  value(ROW.trendThreshold, { value: model.settings.trendThreshold, style: "editable" });
  label(ROW.trendSource, "trendSource");
  value(ROW.trendSource, { value: trendSourceText(model) });
  if (model.historySheet !== undefined) {
    label(ROW.historySheet, "historySheet");
    value(ROW.historySheet, { value: model.historySheet });
    const formulas = baselineFormulas(l, model.historySheet);
    label(ROW.baselineSnapshot, "baselineSnapshot");
    value(ROW.baselineSnapshot, {
      formula: formulas[ROW.baselineSnapshot],
      style: "editableTimestamp",
    });
    label(ROW.baselineFirstRow, "baselineFirstRow");
    value(ROW.baselineFirstRow, { formula: formulas[ROW.baselineFirstRow] });
    label(ROW.baselineRows, "baselineRows");
    value(ROW.baselineRows, { formula: formulas[ROW.baselineRows] });
  }
  return cells;
}

function trendSourceText(model: Model): string {
  switch (model.settings.trendSource) {
    case "column":
      return model.sourceAddress(model.roles.previousScore);
    case "snapshots":
      return model.s.snapshots;
    default:
      return model.s.none;
  }
}

function metricColumn(model: Model, k: number): PlannedCell[] {
  const { l, s } = model;
  const m = model.settings.metrics[k];
  const column = l.panel(k);
  const at = (row: number, v: Omit<PlannedCell, "row" | "column">): PlannedCell => ({
    row,
    column,
    ...v,
  });
  const p = (row: number) => panelCell(l, row, k);
  const source = metricSource(model, k);
  const thresholds = m.normalisation === "thresholds";
  const spreadCheck = thresholds
    ? `IF(${p(ROW.bad)}=${p(ROW.good)},${text(s.statusBadIsGood)},${text(s.statusOk)})`
    : `IF(${p(ROW.min)}=${p(ROW.max)},${text(s.statusNoSpread)},${text(s.statusOk)})`;
  const weights = weightsRange(l);
  return [
    at(ROW.metric, { value: m.name, style: "title" }),
    at(ROW.sourceRange, { value: model.sourceAddress(model.roles.metrics[k]) }),
    thresholds
      ? at(ROW.direction, { formula: `IF(${p(ROW.good)}>${p(ROW.bad)},1,-1)`, style: "direction" })
      : at(ROW.direction, { value: m.direction === "lower" ? -1 : 1, style: "direction" }),
    at(ROW.normalisation, { value: model.s[m.normalisation] }),
    ...(thresholds
      ? [
          at(ROW.bad, { value: m.bad as number, style: "editable" }),
          at(ROW.good, { value: m.good as number, style: "editable" }),
        ]
      : []),
    at(ROW.weight, { value: m.weight, style: "editable" }),
    at(ROW.weightShare, {
      formula: `IF(SUM(${weights})=0,"",${p(ROW.weight)}/SUM(${weights}))`,
      style: "share",
    }),
    // COUNT skips error cells; AGGREGATE's option 6 makes MIN and MAX skip them too, as the raw
    // column's IF(ISNUMBER(…)) does.
    at(ROW.validValues, { formula: `COUNT(${source})` }),
    at(ROW.min, { formula: `IF(${p(ROW.validValues)}=0,"",AGGREGATE(5,6,${source}))` }),
    at(ROW.max, { formula: `IF(${p(ROW.validValues)}=0,"",AGGREGATE(4,6,${source}))` }),
    at(ROW.status, {
      formula: `IF(ISERROR(ROWS(${metricName(k)})),${text(s.statusDeleted)},IF(${p(ROW.validValues)}=0,${text(s.statusNoNumbers)},${spreadCheck}))`,
    }),
  ];
}
