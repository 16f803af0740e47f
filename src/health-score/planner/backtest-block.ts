/**
 * The back-test block of the model panel and its bin helper columns (docs/health-score.md, "The
 * back-test"): per band the accounts with a known outcome, churned, churn rate; lift; AUC of the
 * score and of each metric; the verdict.
 */
import { absRange, cell } from "../../a1/a1";
import { text } from "../a1";
import { AUC_ACCEPTABLE, AUC_WELL } from "../backtest-verdict";
import { ColumnFill, PlannedCell } from "../plan";
import { BIN_COLUMN, COMPONENT_BIN_WIDTH, backtestRows, binBlocks } from "./backtest-layout";
import {
  aucFormula,
  bandOutcomes,
  churnedBelow,
  churnedFrom,
  inBin,
  retainedFrom,
} from "./formulas/backtest";
import { columnRange, panelCell } from "./formulas/refs";
import { ROW } from "./layout";
import { Model } from "./model";
import { MIN_OUTCOMES } from "./outcome";

const BANDS = [
  ["green", "bandGreen"],
  ["yellow", "bandYellow"],
  ["red", "bandRed"],
] as const;

/** Bin b's lower edge as the decimal it is (3 × 0.05 would be 0.15000000000000002). */
const binEdge = (b: number, width: number): number => Math.round(b * width * 100) / 100;

export function backtestBlock(model: Model): { cells: PlannedCell[]; fills: ColumnFill[] } {
  const { l, s } = model;
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

  // The bins, in the helper columns: the score's block, then each metric's.
  const bins = binsOf(model);
  cells.push(...bins.cells);
  fills.push(...bins.fills);
  const [score, ...metricBlocks] = bins.ranges;
  const { retained: R, churned: C } = score;
  put(rows.auc, 0, { value: s.aucScore, style: "label" });
  put(rows.auc, 1, { formula: aucFormula(R, C, score.below), style: "auc" });
  put(rows.metric, 0, { value: s.metric, style: "label" });
  put(rows.weightShare, 0, { value: s.weightShare, style: "label" });
  put(rows.metricAuc, 0, { value: s.aucMetric, style: "label" });
  metricBlocks.forEach((block, k) => {
    put(rows.metric, 1 + k, { formula: panelCell(l, ROW.metric, k), style: "title" });
    put(rows.weightShare, 1 + k, { formula: panelCell(l, ROW.weightShare, k), style: "share" });
    put(rows.metricAuc, 1 + k, {
      formula: aucFormula(block.retained, block.churned, block.below),
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

interface BinRanges {
  readonly retained: string;
  readonly churned: string;
  readonly below: string;
}

/**
 * The bin helper columns: a header row, then the score's bins and each metric's, every block
 * headed by what it bins (the metric's name read from the panel, so a rename follows).
 */
function binsOf(model: Model): { cells: PlannedCell[]; fills: ColumnFill[]; ranges: BinRanges[] } {
  const { l, s } = model;
  const c0 = l.backtestBins as number;
  const cells: PlannedCell[] = [
    s.binFrom,
    s.retainedAtOrAbove,
    s.churnedAtOrAbove,
    s.retained,
    s.churned,
    s.churnedBelow,
  ].map((value, d) => ({ row: 1, column: c0 + d, value, style: "header" }));
  const fills: ColumnFill[] = [];
  const blocks = binBlocks(l.metrics);
  const ranges = blocks.map((block, i) => {
    const values = i === 0 ? columnRange(l, l.score) : columnRange(l, l.component(i - 1));
    const width = i === 0 ? 1 : COMPONENT_BIN_WIDTH;
    const last = block.first + block.bins - 1;
    cells.push({
      row: block.title,
      column: c0,
      ...(i === 0 ? { value: s.score } : { formula: panelCell(l, ROW.metric, i - 1) }),
      style: "title",
    });
    for (let b = 0; b < block.bins; b++)
      cells.push({
        row: block.first + b,
        column: c0 + BIN_COLUMN.edge,
        value: binEdge(b, width),
        style: i === 0 ? "count" : "component",
      });
    const edge = cell(block.first, c0 + BIN_COLUMN.edge, "$col");
    const span = (d: number, formula: string): ColumnFill => ({
      column: c0 + d,
      firstRow: block.first,
      lastRow: last,
      formula,
      style: "count",
    });
    fills.push(
      span(BIN_COLUMN.retainedFrom, retainedFrom(l, values, edge)),
      span(BIN_COLUMN.churnedFrom, churnedFrom(l, values, edge)),
      span(BIN_COLUMN.retained, inBin(block.first, c0 + BIN_COLUMN.retainedFrom)),
      span(BIN_COLUMN.churned, inBin(block.first, c0 + BIN_COLUMN.churnedFrom)),
      span(BIN_COLUMN.below, churnedBelow(block.first, block.first, c0 + BIN_COLUMN.churnedFrom))
    );
    const range = (d: number) => absRange(block.first, c0 + d, last);
    return {
      retained: range(BIN_COLUMN.retained),
      churned: range(BIN_COLUMN.churned),
      below: range(BIN_COLUMN.below),
    };
  });
  return { cells, fills, ranges };
}
