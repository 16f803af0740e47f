/**
 * The back-test block of the model panel and its bin helper block (docs/health-score.md, "The
 * back-test"): per band the accounts with a known outcome, churned, churn rate; lift; AUC of the
 * score and of each metric; the verdict.
 */
import { absRange, cell } from "../../a1/a1";
import { text } from "../a1";
import { AUC_ACCEPTABLE, AUC_WELL } from "../backtest-verdict";
import { ColumnFill, PlannedCell } from "../plan";
import {
  COMPONENT_BINS,
  COMPONENT_BIN_WIDTH,
  SCORE_BINS,
  SCORE_BIN_COLUMN,
  backtestRows,
} from "./backtest-layout";
import { aucFormula, bandOutcomes, binCount, churnedBelow } from "./formulas/backtest";
import { columnRange, panelCell } from "./formulas/refs";
import { ROW } from "./layout";
import { Model } from "./model";
import { MIN_OUTCOMES } from "./outcome";

const BANDS = [
  ["green", "bandGreen"],
  ["yellow", "bandYellow"],
  ["red", "bandRed"],
] as const;

/** 0, 0.05, …, 1 as the decimals they are (3 × 0.05 would be 0.15000000000000002). */
const binEdge = (b: number): number => Math.round(b * COMPONENT_BIN_WIDTH * 100) / 100;

export function backtestBlock(model: Model): { cells: PlannedCell[]; fills: ColumnFill[] } {
  const { l, s, settings } = model;
  if (l.outcome === undefined) return { cells: [], fills: [] };
  const rows = backtestRows();
  const q0 = l.labels;
  const cells: PlannedCell[] = [];
  const fills: ColumnFill[] = [];
  const put = (row: number, d: number, v: Omit<PlannedCell, "row" | "column">) =>
    cells.push({ row, column: q0 + d, ...v });
  const at = (row: number, d: number, abs: "" | "$$" = "") => cell(row, q0 + d, abs);

  put(rows.title, 0, { value: s.backtest, style: "section" });
  [s.band, s.knownOutcome, s.churned, s.churnRate].forEach((h, d) =>
    put(rows.header, d, { value: h, style: "header" })
  );
  BANDS.forEach(([key, style], i) => {
    const row = rows.bands + i;
    put(row, 0, { value: s[key], style });
    put(row, 1, { formula: `${bandOutcomes(l, s[key], 0)}+${bandOutcomes(l, s[key], 1)}` });
    put(row, 2, { formula: bandOutcomes(l, s[key], 1) });
  });
  put(rows.total, 0, { value: s.total, style: "title" });
  for (const d of [1, 2])
    put(rows.total, d, { formula: `SUM(${at(rows.bands, d)}:${at(rows.bands + 2, d)})` });
  for (let row = rows.bands; row <= rows.total; row++)
    put(row, 3, {
      formula: `IF(${at(row, 1)}=0,"",${at(row, 2)}/${at(row, 1)})`,
      style: "share",
    });
  const [greenRate, redRate] = [rows.bands, rows.bands + 2].map((row) => at(row, 3));
  put(rows.lift, 0, { value: s.lift, style: "label" });
  put(rows.lift, 1, {
    formula: `IF(AND(ISNUMBER(${redRate}),ISNUMBER(${greenRate})),IF(${greenRate}=0,"",${redRate}/${greenRate}),"")`,
    style: "lift",
  });

  // Score bins: edges 0..100 in the label column, retained / churned / churned below beside.
  const first = rows.scoreBinsFirst;
  const last = first + SCORE_BINS - 1;
  const binRange = (d: number) => absRange(first, q0 + d, last);
  put(rows.binsTitle, 0, { value: s.backtestBins, style: "section" });
  [s.scoreBinFrom, s.retained, s.churned, s.churnedBelow].forEach((h, d) =>
    put(rows.scoreBinsHeader, d, { value: h, style: "label" })
  );
  for (let b = 0; b < SCORE_BINS; b++)
    put(first + b, SCORE_BIN_COLUMN.edge, { value: b, style: "count" });
  const score = columnRange(l, l.score);
  const edge = cell(first, q0, "$col");
  const span = (column: number, top: number, formula: string, bins: number): ColumnFill => ({
    column,
    firstRow: top,
    lastRow: top + bins - 1,
    formula,
    style: "count",
  });
  fills.push(
    span(q0 + 1, first, binCount(l, score, edge, 1, 0), SCORE_BINS),
    span(q0 + 2, first, binCount(l, score, edge, 1, 1), SCORE_BINS),
    span(q0 + 3, first, churnedBelow(first, first, q0 + 2), SCORE_BINS)
  );
  const [R, C] = [binRange(1), binRange(2)];
  put(rows.auc, 0, { value: s.aucScore, style: "label" });
  put(rows.auc, 1, { formula: aucFormula(R, C, binRange(3)), style: "auc" });

  // Component bins: three stacked blocks (retained, churned, churned below) per metric column.
  const [retainedLabel, churnedLabel, belowLabel] = rows.componentBlocks;
  const labels = [s.componentBinsRetained, s.componentBinsChurned, s.componentBinsBelow];
  rows.componentBlocks.forEach((labelRow, i) => {
    put(labelRow, 0, { value: labels[i], style: "label" });
    for (let b = 0; b < COMPONENT_BINS; b++)
      put(labelRow + 1 + b, 0, { value: binEdge(b), style: "component" });
  });
  put(rows.metric, 0, { value: s.metric, style: "label" });
  put(rows.weightShare, 0, { value: s.weightShare, style: "label" });
  put(rows.metricAuc, 0, { value: s.aucMetric, style: "label" });
  settings.metrics.forEach((_, k) => {
    const column = l.panel(k);
    const components = columnRange(l, l.component(k));
    const top = (labelRow: number) => labelRow + 1;
    const block = (labelRow: number) =>
      absRange(top(labelRow), column, top(labelRow) + COMPONENT_BINS - 1);
    const edgeOf = (labelRow: number) => cell(top(labelRow), q0, "$col");
    fills.push(
      span(
        column,
        top(retainedLabel),
        binCount(l, components, edgeOf(retainedLabel), COMPONENT_BIN_WIDTH, 0),
        COMPONENT_BINS
      ),
      span(
        column,
        top(churnedLabel),
        binCount(l, components, edgeOf(churnedLabel), COMPONENT_BIN_WIDTH, 1),
        COMPONENT_BINS
      ),
      // Churned below: the running sum of the churned block, one block up.
      span(
        column,
        top(belowLabel),
        churnedBelow(top(churnedLabel), top(churnedLabel), column),
        COMPONENT_BINS
      )
    );
    put(rows.metric, 1 + k, { formula: panelCell(l, ROW.metric, k), style: "title" });
    put(rows.weightShare, 1 + k, { formula: panelCell(l, ROW.weightShare, k), style: "share" });
    put(rows.metricAuc, 1 + k, {
      formula: aucFormula(block(retainedLabel), block(churnedLabel), block(belowLabel)),
      style: "auc",
    });
  });

  const auc = at(rows.auc, 1);
  const tooFew = `OR(SUM(${C})<${MIN_OUTCOMES},SUM(${R})<${MIN_OUTCOMES})`;
  put(rows.verdict, 0, { value: s.verdict, style: "label" });
  put(rows.verdict, 1, {
    formula: `IF(${tooFew},${text(s.verdictTooFew)},IF(${auc}>=${AUC_WELL},${text(s.verdictWell)},IF(${auc}>=${AUC_ACCEPTABLE},${text(s.verdictAcceptable)},${text(s.verdictPoor)})))`,
  });
  return { cells, fills };
}
