/**
 * What the score sheet reads from the history sheet's baseline snapshot (docs/health-score.md,
 * "What changed"). Each account's row in the baseline is found once, in a helper column: the row
 * with the same position first (O(1) while accounts keep their order), else an exact MATCH on the
 * id with the wildcards `~ * ?` escaped. Previous, and the points each metric had then, read that
 * row.
 */
import { cell, sheetPrefix } from "../../../a1/a1";
import { HISTORY, historyColumn } from "../history-layout";
import { Layout, ROW } from "../layout";
import { FIRST_DATA_ROW, panelCell, valueCell } from "./refs";

const r = FIRST_DATA_ROW;

/** A text matched literally by MATCH(…,0): its wildcards escaped; a number as it is. */
const exactKey = (ref: string): string =>
  `IF(ISTEXT(${ref}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?"),${ref})`;

/** Row 2's account's row in the baseline snapshot, or "" when it is not in it. */
export function baselineRowFormula(l: Layout, historySheet: string): string {
  const h = sheetPrefix(historySheet);
  const id = cell(r, 1, "$col");
  const ids = historyColumn("account");
  const [first, rows] = [ROW.baselineFirstRow, ROW.baselineRows].map((row) => valueCell(l, row));
  const range = `INDEX(${h}$${ids}:$${ids},${first}):INDEX(${h}$${ids}:$${ids},${first}+${rows}-1)`;
  const fallback = `IFERROR(${first}-1+MATCH(${exactKey(id)},${range},0),"")`;
  const hint = `${first}+ROW()-2`;
  return `IF(NOT(ISNUMBER(${rows})),"",IF(ROW()-1>${rows},${fallback},IF(INDEX(${h}$${ids}:$${ids},${hint})=${id},${hint},${fallback})))`;
}

/** Previous: the baseline's score of row 2's account. */
export function snapshotPreviousFormula(l: Layout, historySheet: string): string {
  const row = cell(r, l.baselineRow as number);
  const score = historyColumn("score");
  return `IF(ISNUMBER(${row}),INDEX(${sheetPrefix(historySheet)}$${score}:$${score},${row}),"")`;
}

/**
 * Metric k's column in the history sheet (helper row 4): where its current name heads a points
 * column, searched from J to AMJ so Snapshot, Account or Score in A:H never match.
 */
export function historyColumnFormula(l: Layout, historySheet: string, k: number): string {
  const h = sheetPrefix(historySheet);
  const headers = `${h}$${historyColumn("firstPoints")}$1:$${historyColumn("lastPoints")}$1`;
  return `IFERROR(${HISTORY.firstPoints - 1}+MATCH(${exactKey(panelCell(l, ROW.metric, k))},${headers},0),"")`;
}

/**
 * Metric k's points now minus its points in the baseline, or 0 when they cannot be compared:
 * no baseline row or history column (INDEX fails), no points now ("" − x fails). A blank
 * baseline cell reads as 0, giving the points now, which are never negative (weights ≥ 0): no
 * fall either.
 */
function pointsDifference(l: Layout, historySheet: string, k: number): string {
  const h = sheetPrefix(historySheet);
  const all = `${h}$A:$${historyColumn("lastPoints")}`;
  const row = cell(r, l.baselineRow as number, "$col");
  const column = cell(ROW.historyColumn, l.grid(k), "$$");
  return `IFERROR(${cell(r, l.points(k))}-INDEX(${all},${row},${column}),0)`;
}

/** Row 2's largest fall of points since the baseline: the smallest difference, at most 0. */
export function largestFallFormula(l: Layout, historySheet: string): string {
  const differences = Array.from({ length: l.metrics }, (_, k) =>
    pointsDifference(l, historySheet, k)
  );
  return `MIN(0,${differences.join(",")})`;
}

/**
 * Main change: the first metric (in metric order) whose difference is the largest fall. Its
 * difference is computed by the same expression as the fall's, so the comparison is exact; the
 * last metric needs no test.
 */
export function mainChangeFormula(l: Layout, historySheet: string): string {
  const fall = cell(r, l.largestFall as number);
  const name = (k: number) => panelCell(l, ROW.metric, k);
  let chain = name(l.metrics - 1);
  for (let k = l.metrics - 2; k >= 0; k--)
    chain = `IF(${pointsDifference(l, historySheet, k)}=${fall},${name(k)},${chain})`;
  return `IF(${fall}<0,${chain},"")`;
}

/** Points change: the largest fall, blank when nothing fell. */
export function pointsChangeFormula(l: Layout): string {
  const fall = cell(r, l.largestFall as number);
  return `IF(${fall}<0,${fall},"")`;
}

/** Panel rows 24–26: the latest snapshot, its first row and its row count. */
export function baselineFormulas(l: Layout, historySheet: string): Record<number, string> {
  const h = sheetPrefix(historySheet);
  const baseline = valueCell(l, ROW.baselineSnapshot);
  const snapshots = `${h}$${historyColumn("indexSnapshot")}:$${historyColumn("indexSnapshot")}`;
  const lookup = (key: "indexFirstRow" | "indexRows") =>
    `IFERROR(INDEX(${h}$${historyColumn(key)}:$${historyColumn(key)},MATCH(${baseline},${snapshots},0)),"")`;
  return {
    [ROW.baselineSnapshot]: `IF(COUNT(${snapshots})=0,"",MAX(${snapshots}))`,
    [ROW.baselineFirstRow]: lookup("indexFirstRow"),
    [ROW.baselineRows]: lookup("indexRows"),
  };
}
