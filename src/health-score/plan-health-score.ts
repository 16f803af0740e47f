/**
 * The health-score planner (docs/health-score.md): config + values read from the workbook → the
 * SheetPlan both writers apply, or the problems that block it. Pure: no Office, no I/O, no clock.
 */
import { HealthScoreConfig, MAX_METRICS } from "./config";
import { OUTPUT_STRINGS, fill, isRightToLeft } from "./locales";
import { PlannedSheet, SheetPlan } from "./plan";
import { Problem } from "./problems";
import { PlanSources } from "./sources";
import { backtestBlock } from "./planner/backtest-block";
import { conditionalFormats, validations, widths } from "./planner/formatting";
import { helperBlocks, helperOutline, helperWidths } from "./planner/helper-blocks";
import { helperColumns } from "./planner/helper-columns";
import { historySheet } from "./planner/history-sheet";
import { layout } from "./planner/layout";
import { Model, dataRange } from "./planner/model";
import { scoreSheetNames } from "./planner/names";
import { panelCells } from "./planner/panel";
import { gridBlock, lowestBlock, summaryCells } from "./planner/panel-blocks";
import { hasKnownOutcome } from "./planner/outcome";
import { printSetup } from "./planner/print-setup";
import { problemFactory } from "./planner/problem-factory";
import { RoleSource, resolveRoles } from "./planner/roles";
import { ValidSettings, resolveSettings } from "./planner/settings";
import { firstFreeName } from "./planner/sheet-names";
import { sheetStyles } from "./planner/styles";
import { tableFills, tableHeaders } from "./planner/table";
import { validate } from "./planner/validate";

/** Three lines of wrapped header text ("Support tickets (0–1)"). */
const HEADER_HEIGHT = 45;

/**
 * E03 alone, decided from the count before any per-metric work: a config with 200,000 metrics
 * is answered at once instead of being resolved and validated metric by metric.
 */
export function metricLimitProblems(config: HealthScoreConfig): Problem[] {
  if ((config.metrics?.length ?? 0) <= MAX_METRICS) return [];
  return [problemFactory(config.locale ?? "en", [])("E03", { kind: "settings" })];
}

export function planHealthScore(
  config: HealthScoreConfig,
  sources: PlanSources
): SheetPlan | Problem[] {
  const tooMany = metricLimitProblems(config);
  if (tooMany.length > 0) return tooMany;
  const roles = resolveRoles(config, (address) => sources.ranges.get(address));
  const settings = resolveSettings(config, roles);
  const make = problemFactory(
    settings.locale,
    settings.metrics.map((m) => m.name)
  );
  const problems = validate(roles, settings, sources, make);
  if (problems.some((p) => p.severity === "error") || !roles.ids) return problems;

  const locale = settings.locale;
  const s = OUTPUT_STRINGS[locale];
  const valid = settings as ValidSettings;
  const taken = sources.sheets.map((sheet) => sheet.name);
  // A Rebuild rewrites its own sheets under their current names; a new build takes free ones.
  const rebuild = sources.rebuild;
  const sheetName = rebuild?.sheet ?? firstFreeName(config.sheetName ?? s.sheet, taken);
  const history =
    valid.trendSource === "snapshots"
      ? (rebuild?.history ?? firstFreeName(s.history, [...taken, sheetName]))
      : undefined;
  // A text column (W10 for every cell) gives no outcome to back-test against: no block.
  const outcome = hasKnownOutcome(roles.outcome) ? roles.outcome : undefined;
  const l = layout(
    roles.ids.data.length,
    roles.metrics.length,
    valid.trendSource,
    !!roles.revenue,
    !!outcome
  );
  const sourceAddress = (role: RoleSource | undefined) => dataRange(role, l.accounts, "");
  const model: Model = {
    l,
    s,
    roles: { ...roles, ids: roles.ids, outcome },
    settings: valid,
    sources,
    sheetName,
    historySheet: history,
    sourceAddress,
    sourceText: fill(s.sourceText, {
      ids: sourceAddress(roles.ids),
      m: roles.metrics.length,
      version: sources.productVersion,
    }),
  };
  const rightToLeft = isRightToLeft(locale);
  const lowest = lowestBlock(model);
  const grid = gridBlock(model);
  const backtest = backtestBlock(model);
  const helper = helperColumns(model);
  const cells = [
    ...tableHeaders(model),
    ...panelCells(model),
    ...summaryCells(model),
    ...lowest.cells,
    ...grid.cells,
    ...helper.cells,
    ...backtest.cells,
  ];
  const helpers = helperBlocks(l);
  const scoreSheet: PlannedSheet = {
    name: sheetName,
    kind: "score",
    cells,
    fills: [
      ...tableFills(model),
      ...lowest.fills,
      ...grid.fills,
      ...helper.fills,
      ...backtest.fills,
    ],
    widths: [...widths(model), ...helperWidths(helpers)],
    heights: [{ row: 1, height: HEADER_HEIGHT }],
    freeze: { rows: 1, columns: 1 },
    autoFilter: { top: 1, left: 1, bottom: l.lastRow, right: l.lastColumn },
    conditionalFormats: conditionalFormats(model),
    validations: validations(model),
    names: scoreSheetNames(model),
    rightToLeft,
    print: printSetup(l, cells, helpers, s.printFooter),
    outline: helperOutline(helpers),
  };
  return {
    locale,
    buildId: sources.buildId,
    accounts: l.accounts,
    styles: sheetStyles(s),
    sheets: history ? [scoreSheet, historySheet(model, history, rightToLeft)] : [scoreSheet],
    warnings: problems,
  };
}
