/**
 * The wizard pane's state as plain data, and the pure transitions and readings the controller
 * (pane-controller.ts) and the views apply to it: no DOM, no workbook, no clock, so jest tests
 * it without a browser. The user's picks and typing live in `wizard` (src/wizard/state.ts);
 * this adds where the pane is (step, sheet being edited) and what the workbook last said.
 */
import { HealthScoreConfig, Locale, Problem, ResolvedRange } from "../health-score";
import { Availability, availability } from "../wizard/availability";
import { Step, problemTarget } from "../wizard/controls";
import { problemsShown } from "../wizard/problems-shown";
import { RoleSummary, defaultMetricName, roleSummaries } from "../wizard/role-summary";
import { CheckResult, hasError } from "../wizard/session";
import {
  MetricState,
  RoleId,
  WizardState,
  configOf,
  emptyState,
  setPick,
  stateOf,
} from "../wizard/state";
import { BuildTarget, OwnedSheet, SelectedRange } from "../wizard/workbook-port";

export interface PaneState {
  /** The pane's language: new sheets are built in it. */
  readonly locale: Locale;
  readonly wizard: WizardState;
  readonly step: Step;
  /** The workbook's owned score sheets, for the sheet picker. */
  readonly ownedSheets: readonly OwnedSheet[];
  /** The owned score sheet being edited (Rebuild, Snapshot); undefined = a new sheet. */
  readonly editing?: OwnedSheet;
  readonly rebuildInCurrentLanguage: boolean;
  readonly lastCheck?: CheckResult;
  /** `checkKeys[i]`: the pane key of the last check's config metric i. */
  readonly checkKeys: readonly number[];
  /** Set by the first Build or Rebuild: from then on every problem shows (problems-shown.ts). */
  readonly buildAsked: boolean;
  /** A build, rebuild or snapshot is under way. */
  readonly running: boolean;
  /** Ranges read by "Use current selection", until a check reads them again. */
  readonly selections: ReadonlyMap<string, ResolvedRange>;
}

export function initialPane(locale: Locale): PaneState {
  return {
    locale,
    wizard: emptyState(locale),
    step: 1,
    ownedSheets: [],
    rebuildInCurrentLanguage: false,
    checkKeys: [],
    buildAsked: false,
    running: false,
    selections: new Map(),
  };
}

export const withWizard = (s: PaneState, wizard: WizardState): PaneState => ({ ...s, wizard });

export const atStep = (s: PaneState, step: Step): PaneState => ({ ...s, step });

export const withRebuildLanguage = (s: PaneState, checked: boolean): PaneState => ({
  ...s,
  rebuildInCurrentLanguage: checked,
});

/** "Use current selection" for `role`: remembered with its range, header left to detection. */
export function picked(s: PaneState, role: RoleId, selected: SelectedRange): PaneState {
  const selections = new Map(s.selections).set(selected.address, selected.range);
  const wizard = setPick(s.wizard, role, { address: selected.address, header: "auto" });
  return { ...s, selections, wizard };
}

/** Editing `sheet` (or a new sheet): its configuration replaces the wizard's when readable. */
export function editSheet(s: PaneState, sheet: OwnedSheet | undefined): PaneState {
  return {
    ...s,
    editing: sheet,
    rebuildInCurrentLanguage: false,
    lastCheck: undefined,
    ...(sheet?.config ? { wizard: stateOf(sheet.config, s.locale) } : {}),
  };
}

export const checked = (
  s: PaneState,
  lastCheck: CheckResult | undefined,
  checkKeys: readonly number[] = s.checkKeys
): PaneState => ({ ...s, lastCheck, checkKeys });

export const withRunning = (s: PaneState, on: boolean): PaneState => ({ ...s, running: on });

export const withBuildAsked = (s: PaneState): PaneState => ({ ...s, buildAsked: true });

const scoreSheets = (sheets: readonly OwnedSheet[]) => sheets.filter((o) => o.kind === "score");

/** The pane opens: edit the first readable score sheet, else take the saved state. */
export function opened(
  s: PaneState,
  sheets: readonly OwnedSheet[],
  saved: () => HealthScoreConfig | undefined
): PaneState {
  const ownedSheets = scoreSheets(sheets);
  const adoptable = ownedSheets.find((o) => o.config);
  if (adoptable) return editSheet({ ...s, ownedSheets }, adoptable);
  const config = saved();
  return { ...s, ownedSheets, ...(config ? { wizard: stateOf(config, s.locale) } : {}) };
}

/** After a build: the sheet list again, and the built sheet is the one edited from now on. */
export function built(s: PaneState, sheets: readonly OwnedSheet[], sheet: string): PaneState {
  const ownedSheets = scoreSheets(sheets);
  return { ...s, ownedSheets, editing: ownedSheets.find((o) => o.name === sheet) ?? s.editing };
}

/** Nothing chosen (yet, or any more): no check, no problems, not even "choose the ids". */
export const nothingChosen = (s: PaneState): boolean =>
  !s.wizard.ids && !s.wizard.metrics.some((m) => m.range);

/** The build id and rebuilt sheet a check reads the sources for. */
export const checkOptions = (s: PaneState, newBuildId: string) => ({
  buildId: s.editing?.buildId ?? newBuildId,
  ...(s.editing ? { rebuild: s.editing.name } : {}),
});

/**
 * What Build new or Rebuild writes: a rebuilt sheet keeps its own language unless the user
 * asked for the pane's; `buildId` undefined = a new one.
 */
export function buildRequest(s: PaneState, kind: "new" | "rebuild") {
  const sheet = kind === "rebuild" ? s.editing : undefined;
  const keepSheetLocale = sheet && !s.rebuildInCurrentLanguage;
  const target: BuildTarget = sheet ? { mode: "rebuild", sheet: sheet.name } : { mode: "new" };
  return {
    ...configOf(s.wizard, keepSheetLocale ? s.wizard.locale : s.locale),
    target,
    buildId: sheet?.buildId,
  };
}

/** A range's address → its range as last read (by a check, else by "Use current selection"). */
const lookup = (s: PaneState) => (a: string) =>
  s.lastCheck?.sources.ranges.get(a) ?? s.selections.get(a);

export const summaries = (s: PaneState): ReadonlyMap<string, RoleSummary> =>
  roleSummaries(configOf(s.wizard, s.locale), lookup(s));

export const problems = (s: PaneState): readonly Problem[] =>
  problemsShown(s.lastCheck?.problems ?? [], s.wizard, s.checkKeys, s.buildAsked);

/** Steps and buttons on offer (the pane starts only where the API is supported). */
export const situation = (s: PaneState): Availability =>
  availability({
    state: s.wizard,
    apiSupported: true,
    running: s.running,
    hasErrors: hasError(problems(s)),
    ownedSheet: s.editing?.name,
  });

/** Error messages shown next to each control. */
export function errorsByControl(s: PaneState): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of problems(s)) {
    if (p.severity !== "error") continue;
    const { control } = problemTarget(p, s.checkKeys);
    map.set(control, [...(map.get(control) ?? []), p.message]);
  }
  return map;
}

/** The pane's metric behind the last check's config metric `index`. */
export const checkedMetric = (s: PaneState, index: number): MetricState | undefined =>
  s.wizard.metrics.find((m) => m.key === s.checkKeys[index]);

/** A metric's name as the pane shows it: the user's, else the header or "Metric k". */
export const metricName = (
  c: { readonly state: WizardState; readonly summaries: ReadonlyMap<string, RoleSummary> },
  m: MetricState
): string => m.name ?? defaultMetricName(c.state, m.key, c.summaries);
