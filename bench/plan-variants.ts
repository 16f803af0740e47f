/**
 * Variants of the score sheet's plan that the design benchmarks compare: the same plan with
 * formulas swapped for trivial references (the floor, or one formula kind at a time), or with
 * the points, Biggest gap and back-test left out (the content of the previous design).
 */
import { SheetPlan } from "../src/health-score";
import { columnLetters } from "../src/a1/a1";
import { backtestRows } from "../src/health-score/planner/backtest-layout";
import { BIN_COLUMNS, Layout, ROW } from "../src/health-score/planner/layout";

/** Where a formula sits: a fill's column and first row, or a cell's. */
export type Where = (column: number, row: number) => boolean;

/** The fills of the account rows: what each account costs. */
export const perAccount = (plan: SheetPlan) =>
  plan.sheets
    .flatMap((s) => s.fills)
    .filter((f) => f.firstRow === 2 && f.lastRow === plan.accounts + 1);

/** A trivial formula in the place of each formula `where` picks, a reference into the source. */
export const trivialised = (plan: SheetPlan, where: Where, metrics: number): SheetPlan => ({
  ...plan,
  sheets: plan.sheets.map((s) => ({
    ...s,
    cells: s.cells.map((c) =>
      c.formula !== undefined && where(c.column, c.row)
        ? {
            ...c,
            formula: `Accounts!${columnLetters(2 + (c.column % metrics))}$${2 + (c.row % 50)}`,
          }
        : c
    ),
    fills: s.fills.map((f) =>
      where(f.column, f.firstRow)
        ? { ...f, formula: `Accounts!${columnLetters(2 + (f.column % metrics))}2` }
        : f
    ),
  })),
});

/** Every account-row fill trivial: as many formulas per account, each as cheap as can be. */
export const floorPlan = (plan: SheetPlan, metrics: number): SheetPlan =>
  trivialised(plan, (_, row) => row === 2, metrics);

/**
 * The cells that explain and test the score (docs/health-score.md, "Why an account has its score"
 * and "The back-test"): the points, Biggest gap, Main change, Points change and Churned columns,
 * the largest-fall helper and the history columns it reads, the back-test block and its bins
 * (`l`: the plan's layout).
 */
export function explanations(l: Layout): Where {
  const columns = new Set(
    [
      ...Array.from({ length: l.metrics }, (_, k) => l.points(k)),
      l.biggestGap,
      l.outcome,
      l.mainChange,
      l.pointsChange,
      l.largestFall,
      ...(l.backtestBins === undefined
        ? []
        : Array.from({ length: BIN_COLUMNS }, (_, d) => (l.backtestBins as number) + d)),
    ].filter((c): c is number => c !== undefined)
  );
  const grids = new Set(Array.from({ length: l.metrics }, (_, k) => l.grid(k)));
  const backtestTop = backtestRows().title;
  return (column, row) =>
    columns.has(column) ||
    (row === ROW.historyColumn && grids.has(column)) ||
    (l.outcome !== undefined && column >= l.labels && column < l.gridLabels && row >= backtestTop);
}

/** The same plan without the explanations: the content the sheet had before them. */
export function withoutExplanations(plan: SheetPlan, l: Layout): SheetPlan {
  const explains = explanations(l);
  const keep = (column: number, row: number, sheetKind: string) =>
    sheetKind !== "score" || !explains(column, row);
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      cells: s.cells.filter((c) => keep(c.column, c.row, s.kind)),
      fills: s.fills.filter((f) => keep(f.column, f.firstRow, s.kind)),
    })),
  };
}
