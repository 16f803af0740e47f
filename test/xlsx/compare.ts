/** Compares a recalculated score sheet with the reference, cell by cell. */
import { cell } from "../../src/a1/a1";
import { layout, ROW } from "../../src/health-score/planner/layout";
import { RefResult } from "../health-score/reference";
import { backtestRows } from "../../src/health-score/planner/backtest-layout";
import { biggestGaps, points, referenceBacktest } from "../health-score/reference-backtest";
import { Case } from "./cases";
import { Computed } from "./computed-values";

const TOLERANCE = 1e-9;

/** Every mismatch as `address: got …, expected …`; empty when the sheet matches. */
export function mismatches(
  cells: ReadonlyMap<string, Computed>,
  c: Case,
  ref: RefResult
): string[] {
  const { columns } = c;
  const known = (v: unknown) => v === 1 || v === 0 || v === true || v === false;
  const hasOutcome = !!columns.outcome?.some(known);
  const l = layout(
    columns.ids.length,
    columns.metrics.length,
    columns.trendSource,
    !!columns.revenue,
    hasOutcome
  );
  const pts = points(ref.input, ref);
  const gaps = biggestGaps(
    ref.input,
    ref,
    columns.metrics.map((m) => m.name)
  );
  const out: string[] = [];
  const check = (row: number, column: number, expected: unknown) => {
    const address = cell(row, column);
    const actual = cells.get(address) ?? null;
    const ok =
      typeof expected === "number"
        ? typeof actual === "number" &&
          Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected))
        : (actual ?? "") === (expected ?? "");
    if (!ok)
      out.push(`${address}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  const asNumber = (v: unknown) => (typeof v === "number" ? v : "");
  columns.ids.forEach((id, i) => {
    const row = i + 2;
    check(row, 1, id);
    columns.metrics.forEach((_, k) => {
      check(row, l.component(k), ref.components[k][i]);
      check(row, l.points(k), pts[k][i]);
    });
    const sum = pts.reduce<number>((t, p) => t + (p[i] === "" ? 0 : p[i]), 0);
    const score = cells.get(cell(row, l.score));
    if (typeof score === "number" && Math.abs(sum - score) > 1e-9)
      out.push(`row ${row}: points add up to ${sum}, the score is ${score}`);
    check(row, l.biggestGap, gaps[i]);
    check(row, l.score, ref.scores[i]);
    check(row, l.band, ref.bands[i]);
    if (l.previous !== undefined && l.change !== undefined && l.trend !== undefined) {
      check(row, l.previous, ref.previous[i]);
      check(row, l.change, ref.changes[i]);
      check(row, l.trend, ref.trends[i]);
    }
    if (l.revenue !== undefined) check(row, l.revenue, asNumber(columns.revenue?.[i]));
  });
  ref.stats.forEach((s, k) => {
    check(ROW.weightShare, l.panel(k), s.weightShare);
    check(ROW.validValues, l.panel(k), s.count);
    check(ROW.min, l.panel(k), s.min);
    check(ROW.max, l.panel(k), s.max);
  });
  const { summary } = ref;
  (["Green", "Yellow", "Red", "No data"] as const).forEach((band, i) => {
    check(ROW.summaryBands + i, l.labels + 1, summary.counts[band]);
    check(ROW.summaryBands + i, l.labels + 2, summary.shares[band]);
    if (l.revenue !== undefined) check(ROW.summaryBands + i, l.labels + 3, summary.revenue[band]);
  });
  check(ROW.summaryTotal, l.labels + 1, summary.total);
  if (l.revenue !== undefined) {
    check(ROW.summaryTotal, l.labels + 3, summary.totalRevenue);
    check(ROW.revenueAtRisk, l.labels + 1, summary.revenueAtRisk);
  }
  check(ROW.average, l.labels + 1, summary.average);
  check(ROW.median, l.labels + 1, summary.median);
  if (l.trend !== undefined) check(ROW.declining, l.labels + 1, summary.declining);
  for (let k = 0; k < 10; k++) {
    const row = ROW.lowestFirst + k;
    const entry = ref.lowest[k];
    check(row, l.labels + 1, entry?.id ?? "");
    check(row, l.labels + 2, entry?.score ?? "");
    check(row, l.labels + 3, entry?.band ?? "");
    if (l.revenue !== undefined) check(row, l.labels + 4, entry?.revenue ?? "");
    check(row, l.labels + 5, entry?.row ?? "");
  }
  if (hasOutcome) checkBacktest(check, c, ref, l);
  return out;
}

type Check = (row: number, column: number, expected: unknown) => void;

/** The back-test block against the reference (§15). */
function checkBacktest(check: Check, c: Case, ref: RefResult, l: ReturnType<typeof layout>): void {
  const b = referenceBacktest(c.columns.outcome ?? [], ref);
  const rows = backtestRows();
  (["Green", "Yellow", "Red"] as const).forEach((band, i) => {
    check(rows.bands + i, l.labels + 1, b.known[band]);
    check(rows.bands + i, l.labels + 2, b.churned[band]);
    check(rows.bands + i, l.labels + 3, b.rate[band]);
  });
  check(rows.lift, l.labels + 1, b.lift);
  check(rows.auc, l.labels + 1, b.auc);
  // The binned AUC is the exact pairwise AUC up to the pairs that share a bin (§15).
  if (b.auc !== "" && b.exactAuc !== "" && Math.abs(b.auc - b.exactAuc) > b.binTieBound + 1e-12)
    check(rows.auc, l.labels + 1, b.exactAuc);
  b.metricAuc.forEach((auc, k) => check(rows.metricAuc, l.panel(k), auc));
  const VERDICT = {
    well: "The score separates churned accounts well",
    acceptably: "The score separates churned accounts acceptably",
    poorly: "The score separates churned accounts poorly: revisit metrics and weights",
    "too few": "Too few outcomes to judge",
  };
  check(rows.verdict, l.labels + 1, VERDICT[b.verdict]);
}
