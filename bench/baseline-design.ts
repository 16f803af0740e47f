/**
 * The score sheet as it was before the lighter formulas, kept only here as the benchmark's
 * baseline: a column of raw values per metric (a copy of its source) that the components read,
 * min–max components computed from the panel's min and max in every cell, the
 * percentile component looking its grid position up (MATCH) seven times, the score summing the
 * present weights twice, with no helper columns for coefficients, positions or present weights.
 * Previous looked its baseline row up in each cell. It had no points, Biggest gap, Main change or
 * back-test: pass it the plan without them (withoutExplanations).
 */
import { ColumnFill, HealthScoreConfig, PlannedSheet, SheetPlan } from "../src/health-score";
import { Rect, cell, columnLetters, sheetPrefix } from "../src/a1/a1";
import { CellAddress, Coordinate, RefToken, Token, tokenize } from "../src/formula/lexer";
import { Layout, ROW, layout } from "../src/health-score/planner/layout";
import { componentFormula, gridRanges } from "../src/health-score/planner/formulas/components";
import { valueCell } from "../src/health-score/planner/formulas/refs";
import { withColumnsBeforeComponents } from "../src/health-score/planner/earlier-layouts";

type OldLayout = Layout & { raw: (k: number) => number };

function oldComponent(l: OldLayout, k: number, normalisation: string): string {
  const x = cell(2, l.raw(k));
  const p = (row: number) => cell(row, l.panel(k), "$$");
  const [dir, min, max] = [ROW.direction, ROW.min, ROW.max].map(p);
  if (normalisation === "minmax")
    return `IF(ISNUMBER(${x}),IF(${max}=${min},1,IF(${dir}<0,(${max}-${x})/(${max}-${min}),(${x}-${min})/(${max}-${min}))),"")`;
  if (normalisation === "thresholds") return componentFormula(l, k, "thresholds", x);
  const { g, f, t } = gridRanges(l, k);
  const i = `MATCH(${x},${g},1)`;
  const gi = `INDEX(${g},${i})`;
  const ti = `INDEX(${t},${i})`;
  const within = `(${ti}+(${x}-${gi})/(INDEX(${g},${ti}+2)-${gi}))/100`;
  const X = `IF(${gi}=${x},(INDEX(${f},${i})+${ti})/200,${within})`;
  return `IF(ISNUMBER(${x}),IF(${max}=${min},1,(${dir}<0)+(1-2*(${dir}<0))*${X}),"")`;
}

/**
 * Previous as the old design looked it up in every cell: the baseline row with the same
 * position, else an exact MATCH on the id, reading the score there (no baseline-row helper).
 */
function oldPrevious(l: Layout, historySheet: string): string {
  const h = sheetPrefix(historySheet);
  const id = cell(2, 1, "$col");
  const [first, rows] = [ROW.baselineFirstRow, ROW.baselineRows].map((row) => valueCell(l, row));
  const key = `IF(ISTEXT(${id}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${id},"~","~~"),"*","~*"),"?","~?"),${id})`;
  const ids = `INDEX(${h}$B:$B,${first}):INDEX(${h}$B:$B,${first}+${rows}-1)`;
  const fallback = `IFERROR(INDEX(${h}$C:$C,${first}-1+MATCH(${key},${ids},0)),"")`;
  const hint = `${first}+ROW()-2`;
  return `IF(NOT(ISNUMBER(${rows})),"",IF(ROW()-1>${rows},${fallback},IF(INDEX(${h}$B:$B,${hint})=${id},INDEX(${h}$C:$C,${hint}),${fallback})))`;
}

function oldScore(l: Layout): string {
  const components = `${cell(2, l.component(0))}:${cell(2, l.component(l.metrics - 1))}`;
  const weights = `${cell(ROW.weight, l.panel(0), "$$")}:${cell(ROW.weight, l.panel(l.metrics - 1), "$$")}`;
  const present = `SUMPRODUCT(--ISNUMBER(${components}),${weights})`;
  return `IF(${present}=0,"",SUMPRODUCT(${components},${weights})/${present}*100)`;
}

const isReference = (t: Token): t is Token & RefToken =>
  t.kind === "cell" || t.kind === "area" || t.kind === "columns" || t.kind === "rows";

/**
 * `formula` after inserting `count` columns before column `at` of its own sheet, as Excel
 * rewrites it: every column of a reference without a sheet prefix (or to `own`) at or right of
 * `at` moves, `$` or not.
 */
function insertColumns(formula: string, at: number, count: number, own: string): string {
  const move = (c: Coordinate): string =>
    `${c.abs ? "$" : ""}${columnLetters(c.n >= at ? c.n + count : c.n)}`;
  const row = (c: Coordinate): string => `${c.abs ? "$" : ""}${c.n}`;
  const text = (a: CellAddress): string => move(a.column) + row(a.row);
  let out = "";
  let copied = 0;
  for (const t of tokenize(formula)) {
    if (!isReference(t) || (t.sheet !== undefined && t.sheet.name !== own)) continue;
    const moved =
      t.kind === "cell"
        ? text(t.cell)
        : t.kind === "area"
          ? `${text(t.from)}:${text(t.to)}`
          : t.kind === "columns"
            ? `${move(t.from)}:${move(t.to)}`
            : `${row(t.from)}:${row(t.to)}`;
    out += formula.slice(copied, t.start) + (t.sheet?.text ?? "") + moved;
    copied = t.end;
  }
  return out + formula.slice(copied);
}

/** The old layout: the raw-value column of metric k at 2 + k, everything else moved right. */
const withRawColumns = (l: Layout, count: number): OldLayout => ({
  ...withColumnsBeforeComponents(l, count),
  raw: (k) => 2 + k,
});

/**
 * `plan` (today's design) rewritten to the old one: a raw-value column per metric inserted
 * before the components (every reference moved as Excel moves it), the old component, score and
 * Previous formulas, and the helper positions, coefficients, present weights and baseline rows
 * gone.
 */
export function baselinePlan(plan: SheetPlan, cfg: HealthScoreConfig, accounts: number): SheetPlan {
  const trend = cfg.trendSource ?? "none";
  const metrics = cfg.metrics ?? [];
  const M = metrics.length;
  const l = withRawColumns(
    layout(accounts, M, trend, cfg.revenue !== undefined, cfg.outcome !== undefined),
    M
  );
  const normalisation = (k: number) => metrics[k].normalisation ?? "percentile";
  const history = plan.sheets.find((s) => s.kind === "history")?.name;
  const helper = (column: number, row: number) =>
    column > l.gridLabels && (column >= l.match(0) || row <= ROW.minmaxDivisor);
  const rewrite = (sheet: PlannedSheet): PlannedSheet => {
    if (sheet.kind !== "score") return sheet;
    const own = sheet.name;
    const moveColumn = (c: number) => (c >= 2 ? c + M : c);
    const move = (f: string) => insertColumns(f, 2, M, own);
    const moveRect = (r: Rect): Rect => ({
      ...r,
      left: moveColumn(r.left),
      right: moveColumn(r.right),
    });
    const cells = sheet.cells
      .map((c) => ({ ...c, column: moveColumn(c.column), formula: c.formula && move(c.formula) }))
      .filter((c) => !helper(c.column, c.row) || c.row === 1);
    const source = (k: number): string => {
      const component = sheet.fills.find(
        (f) => f.firstRow === 2 && f.column === 2 + k
      ) as ColumnFill;
      const ref = tokenize(component.formula).find(
        (t) => t.kind === "cell" && t.sheet !== undefined && t.sheet.name !== own
      );
      return component.formula.slice(ref?.start, ref?.end);
    };
    const raws: ColumnFill[] = metrics.map((_, k) => ({
      column: l.raw(k),
      firstRow: 2,
      lastRow: accounts + 1,
      formula: `IF(ISNUMBER(${source(k)}),${source(k)},"")`,
    }));
    const fills = sheet.fills
      .map((f) => ({ ...f, column: moveColumn(f.column), formula: move(f.formula) }))
      .filter((f) => !helper(f.column, f.firstRow))
      .map((f) => {
        const k = f.column - l.component(0);
        const old =
          f.column === l.score && f.firstRow === 2
            ? oldScore(l)
            : f.column === l.previous && f.firstRow === 2 && history !== undefined
              ? oldPrevious(l, history)
              : k >= 0 && k < M && f.firstRow === 2
                ? oldComponent(l, k, normalisation(k))
                : undefined;
        return old ? { ...f, formula: old } : f;
      });
    return {
      ...sheet,
      cells,
      fills: [...raws, ...fills],
      widths: sheet.widths.map((w) => ({ ...w, column: moveColumn(w.column) })),
      autoFilter: sheet.autoFilter && moveRect(sheet.autoFilter),
      conditionalFormats: sheet.conditionalFormats.map((c) =>
        c.kind === "formula"
          ? { ...c, range: moveRect(c.range), formula: move(c.formula) }
          : { ...c, range: moveRect(c.range) }
      ),
      validations: sheet.validations.map((v) => ({ ...v, range: moveRect(v.range) })),
      names: sheet.names.map((n) => ({ ...n, formula: move(n.formula) })),
      print: sheet.print && { ...sheet.print, areas: sheet.print.areas.map(moveRect) },
      outline: sheet.outline && {
        columns: sheet.outline.columns.map((c) => ({
          first: moveColumn(c.first),
          last: moveColumn(c.last),
        })),
      },
    };
  };
  return { ...plan, sheets: plan.sheets.map(rewrite) };
}
