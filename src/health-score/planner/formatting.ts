/**
 * Widths, freeze panes, filter, conditional formats and data validation of the score sheet
 * (docs/health-score.md, "Formatting"). Band rules are formulas on the score and the panel's
 * thresholds, so an edited threshold recolours at once.
 */
import { cell } from "../../a1/a1";
import { text } from "../a1";
import { ConditionalFormat, Rect, Validation } from "../plan";
import { ROW } from "./layout";
import { Model } from "./model";
import { BAND_STYLE } from "./styles";
import { valueCell } from "./formulas/refs";

const column = (c: number, top: number, bottom: number): Rect => ({
  top,
  left: c,
  bottom,
  right: c,
});

export function widths(model: Model): { column: number; width: number }[] {
  const { l } = model;
  const list = [{ column: 1, width: 18 }];
  for (let k = 0; k < l.metrics; k++)
    list.push({ column: l.component(k), width: 12 }, { column: l.points(k), width: 12 });
  list.push(
    { column: l.score, width: 8 },
    { column: l.band, width: 10 },
    { column: l.biggestGap, width: 16 }
  );
  if (l.previous !== undefined) list.push({ column: l.previous, width: 10 });
  if (l.change !== undefined) list.push({ column: l.change, width: 10 });
  if (l.trend !== undefined) list.push({ column: l.trend, width: 14 });
  // Main change holds a metric's name, as Biggest gap does.
  if (l.mainChange !== undefined) list.push({ column: l.mainChange, width: 16 });
  if (l.pointsChange !== undefined) list.push({ column: l.pointsChange, width: 10 });
  if (l.revenue !== undefined) list.push({ column: l.revenue, width: 14 });
  if (l.outcome !== undefined) list.push({ column: l.outcome, width: 10 });
  list.push({ column: l.labels, width: 24 });
  // 16, not 14: the Built timestamp (yyyy-mm-dd hh:mm) shows as ### at 14.
  for (let d = 1; d <= Math.max(l.metrics, 5); d++) list.push({ column: l.labels + d, width: 16 });
  return list;
}

export function conditionalFormats(model: Model): ConditionalFormat[] {
  const { l } = model;
  const last = l.lastRow;
  const score = cell(2, l.score, "$col");
  const [red, green] = [ROW.red, ROW.green].map((row) => valueCell(l, row));
  const band = column(l.band, 2, last);
  const formats: ConditionalFormat[] = [
    {
      kind: "formula",
      range: band,
      formula: `AND(ISNUMBER(${score}),${score}<${red})`,
      ...BAND_STYLE.red,
    },
    {
      kind: "formula",
      range: band,
      formula: `AND(ISNUMBER(${score}),${score}>=${red},${score}<${green})`,
      ...BAND_STYLE.yellow,
    },
    {
      kind: "formula",
      range: band,
      formula: `AND(ISNUMBER(${score}),${score}>=${green})`,
      ...BAND_STYLE.green,
    },
    { kind: "formula", range: band, formula: `NOT(ISNUMBER(${score}))`, ...BAND_STYLE.nodata },
    { kind: "dataBar", range: column(l.score, 2, last), min: 0, max: 100, color: "5B9BD5" },
    {
      kind: "colorScale",
      range: { top: 2, left: l.component(0), bottom: last, right: l.component(l.metrics - 1) },
      stops: [
        { value: 0, color: "F8696B" },
        { value: 0.5, color: "FFEB84" },
        { value: 1, color: "63BE7B" },
      ],
    },
  ];
  if (l.trend !== undefined) {
    const trend = cell(2, l.trend, "$col");
    const range = column(l.trend, 2, last);
    formats.push(
      { kind: "formula", range, formula: `${trend}=${text(model.s.down)}`, fontColor: "9C0006" },
      { kind: "formula", range, formula: `${trend}=${text(model.s.up)}`, fontColor: "006100" }
    );
  }
  return formats;
}

export function validations(model: Model): Validation[] {
  const { l, s, settings } = model;
  const metrics = {
    top: ROW.weight,
    left: l.panel(0),
    bottom: ROW.weight,
    right: l.panel(l.metrics - 1),
  };
  const value = (row: number) => column(l.labels + 1, row, row);
  const list: Validation[] = [
    {
      range: metrics,
      type: "decimal",
      operator: "greaterThan",
      values: [0],
      promptTitle: s.promptTitle,
      prompt: s.promptWeight,
    },
    {
      range: value(ROW.red),
      type: "decimal",
      operator: "between",
      values: [0, 100],
      promptTitle: s.promptTitle,
      prompt: s.promptBand,
    },
    {
      range: value(ROW.green),
      type: "decimal",
      operator: "between",
      values: [0, 100],
      promptTitle: s.promptTitle,
      prompt: s.promptBand,
    },
    {
      range: value(ROW.trendThreshold),
      type: "decimal",
      operator: "greaterThan",
      values: [0],
      promptTitle: s.promptTitle,
      prompt: s.promptTrend,
    },
  ];
  settings.metrics.forEach((m, k) => {
    if (m.normalisation === "thresholds")
      list.push({
        range: column(l.panel(k), ROW.bad, ROW.good),
        type: "decimal",
        operator: "between",
        values: [-1e307, 1e307],
        promptTitle: s.promptTitle,
        prompt: s.promptThreshold,
      });
  });
  if (model.historySheet !== undefined)
    list.push({
      range: value(ROW.baselineSnapshot),
      type: "decimal",
      operator: "greaterThan",
      values: [0],
      promptTitle: s.promptTitle,
      prompt: s.promptBaseline,
    });
  return list;
}
