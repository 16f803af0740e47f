/**
 * The score sheet as it was before the lighter formulas, kept only here as the benchmark's
 * baseline: min–max components computed from the panel's min and max in every cell, the
 * percentile component looking its grid position up (MATCH) seven times, the score summing the
 * present weights twice, with no helper columns for coefficients, positions or present weights.
 * Previous looked its baseline row up in each cell. It had no points, Biggest gap, Main change or
 * back-test: pass it the plan without them (withoutExplanations).
 */
import { HealthScoreConfig, PlannedSheet, SheetPlan } from "../src/health-score";
import { cell, sheetPrefix } from "../src/a1/a1";
import { Layout, ROW, layout } from "../src/health-score/planner/layout";
import { gridRanges } from "../src/health-score/planner/formulas/components";
import { valueCell } from "../src/health-score/planner/formulas/refs";

function oldComponent(l: Layout, k: number, normalisation: string): string | undefined {
  const x = cell(2, l.raw(k));
  const p = (row: number) => cell(row, l.panel(k), "$$");
  const [dir, min, max] = [ROW.direction, ROW.min, ROW.max].map(p);
  if (normalisation === "minmax")
    return `IF(ISNUMBER(${x}),IF(${max}=${min},1,IF(${dir}<0,(${max}-${x})/(${max}-${min}),(${x}-${min})/(${max}-${min}))),"")`;
  if (normalisation !== "percentile") return undefined;
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

/** `plan` (today's design) rewritten to the old formulas, helper positions and coefficients gone. */
export function baselinePlan(plan: SheetPlan, cfg: HealthScoreConfig, accounts: number): SheetPlan {
  const trend = cfg.trendSource ?? "none";
  const metrics = cfg.metrics ?? [];
  const l = layout(
    accounts,
    metrics.length,
    trend,
    cfg.revenue !== undefined,
    cfg.outcome !== undefined
  );
  const history = plan.sheets.find((s) => s.kind === "history")?.name;
  const normalisation = (k: number) => metrics[k].normalisation ?? "percentile";
  const helper = (column: number, row: number) =>
    column > l.gridLabels && (column >= l.match(0) || row <= ROW.minmaxDivisor);
  const rewrite = (sheet: PlannedSheet): PlannedSheet =>
    sheet.kind !== "score"
      ? sheet
      : {
          ...sheet,
          cells: sheet.cells.filter((c) => !helper(c.column, c.row) || c.row === 1),
          fills: sheet.fills
            .filter((f) => !helper(f.column, f.firstRow))
            .map((f) => {
              const k = f.column - l.component(0);
              const old =
                f.column === l.score && f.firstRow === 2
                  ? oldScore(l)
                  : f.column === l.previous && f.firstRow === 2 && history !== undefined
                    ? oldPrevious(l, history)
                    : k >= 0 && k < l.metrics && f.firstRow === 2
                      ? oldComponent(l, k, normalisation(k))
                      : undefined;
              return old ? { ...f, formula: old } : f;
            }),
        };
  return { ...plan, sheets: plan.sheets.map(rewrite) };
}
