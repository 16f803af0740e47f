/**
 * The health-score wizard pane (spec §2–§4, §8, §11): four steps over a WorkbookPort, a problem
 * panel, progress and announcements. Toolkit: plain DOM through src/ui/dom.ts `el()` and the
 * Office-like src/ui/office.css (see docs/development.md "Task pane UI"): no framework, user text only ever
 * in text nodes.
 *
 * Over 300 lines: state, controller and views still together; their split is still to do.
 */
import { Problem, ResolvedRange } from "../health-score";
import { availability } from "../wizard/availability";
import { ProblemTarget, STEPS, Step, controlId, problemTarget } from "../wizard/controls";
import { RoleSummary, roleSummaries } from "../wizard/role-summary";
import { problemsShown } from "../wizard/problems-shown";
import { CheckResult, build, check, hasError, recheck } from "../wizard/session";
import { RoleId, WizardState, configOf, emptyState, setPick, stateOf } from "../wizard/state";
import { OwnedSheet, Progress, WorkbookPort } from "../wizard/workbook-port";
import { el } from "../ui/dom";
import { PaneKey, PaneLanguage } from "./locales";
import {
  Change,
  StepContext,
  bandsStep,
  dataStep,
  metricName,
  metricsStep,
  reviewSummary,
  shareHint,
  shareTexts,
} from "./steps";
import { address, button, checkbox, template, userText, progressOn } from "./widgets";

export interface WizardOptions {
  /** The pane's language, from `Office.context.displayLanguage` (loadPaneLanguage). */
  readonly language: PaneLanguage;
  /** ExcelApi 1.9 is available (§8). */
  readonly apiSupported: boolean;
  readonly productVersion: string;
  newBuildId(): string;
  /** Milliseconds clock; spaces out spoken progress. Defaults to Date.now. */
  now?(): number;
}

const STEP_TITLE: Record<Step, PaneKey> = { 1: "step1", 2: "step2", 3: "step3", 4: "step4" };

/** Adopted-edit notes from the edge (English keys) in the pane's language; others as given. */
const ADOPTED: Readonly<Record<string, PaneKey>> = {
  weights: "adoptedWeights",
  bands: "adoptedBands",
  thresholds: "adoptedThresholds",
  trendThreshold: "adoptedTrendThreshold",
};

/** `port` is undefined outside Excel: the pane then only says what the wizard needs. */
export function startWizard(
  root: HTMLElement,
  workbook: WorkbookPort | undefined,
  options: WizardOptions
): void {
  const lang = options.language;
  const t = lang.text;
  const now = options.now ?? Date.now;
  document.documentElement.lang = lang.locale;
  document.documentElement.dir = lang.dir;

  const title = el("h2", { class: "cs-wizard-title" }, t("wizardTitle"));
  if (!options.apiSupported || !workbook) {
    root.replaceChildren(title, el("p", { class: "cs-notice", role: "alert" }, t("needsApi")));
    return;
  }
  const port = workbook;

  let state: WizardState = emptyState(lang.locale);
  let step: Step = 1;
  let ownedSheets: readonly OwnedSheet[] = [];
  let editing: OwnedSheet | undefined;
  let rebuildInCurrentLanguage = false;
  let lastCheck: CheckResult | undefined;
  let checkKeys: readonly number[] = [];
  /** Set by the first Build or Rebuild: from then on every problem shows (problems-shown.ts). */
  let buildAsked = false;
  let checkRun = 0;
  let running: { cancelled: boolean } | undefined;
  const selections = new Map<string, ResolvedRange>();
  const checkBuildId = options.newBuildId();

  const sheetBar = el("div", { class: "cs-sheet-bar" });
  const stepper = el("nav", { class: "cs-stepper", "aria-label": t("stepsLabel") });
  const stepBody = el("section", { class: "cs-step", "aria-labelledby": "cs-step-title" });
  const navBar = el("div", { class: "cs-nav" });
  const problemList = el("div", { id: "cs-problems", "aria-live": "polite" });
  const problemSection = el(
    "section",
    { class: "cs-problems", "aria-labelledby": "cs-problems-title" },
    el("h3", { id: "cs-problems-title" }, t("problems")),
    problemList
  );
  const bar = el("progress", { id: "cs-progress", "aria-labelledby": "cs-status-text" });
  bar.hidden = true;
  const statusText = el("p", { id: "cs-status-text" });
  const status = el(
    "div",
    { class: "cs-status", role: "status", "aria-live": "polite" },
    statusText
  );
  root.replaceChildren(
    title,
    sheetBar,
    stepper,
    stepBody,
    navBar,
    problemSection,
    el("div", { class: "cs-status-area" }, bar, status),
    el("p", { class: "cs-version" }, `CS Metrics ${options.productVersion}`)
  );

  const lookup = (a: string) => lastCheck?.sources.ranges.get(a) ?? selections.get(a);
  const summaries = (): ReadonlyMap<string, RoleSummary> =>
    roleSummaries(configOf(state, lang.locale), lookup);
  const problems = (): readonly Problem[] =>
    problemsShown(lastCheck?.problems ?? [], state, checkKeys, buildAsked);
  const situation = () =>
    availability({
      state,
      apiSupported: options.apiSupported,
      running: running !== undefined,
      hasErrors: hasError(problems()),
      ownedSheet: editing?.name,
    });

  function errorsByControl(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const p of problems()) {
      if (p.severity !== "error") continue;
      const { control } = problemTarget(p, checkKeys);
      map.set(control, [...(map.get(control) ?? []), p.message]);
    }
    return map;
  }

  function context(): StepContext {
    const errors = errorsByControl();
    return {
      lang,
      state,
      summaries: summaries(),
      available: situation(),
      errors: (control) => errors.get(control) ?? [],
      update,
      pick,
      moved: (next, key) => {
        state = next;
        saveState();
        render();
        const index = state.metrics.findIndex((m) => m.key === key);
        const metric = state.metrics[index];
        if (metric) say(t("metricMoved", { name: metricName(context(), metric), k: index + 1 }));
        void runCheck();
      },
    };
  }

  function say(text: string | readonly Node[]): void {
    statusText.replaceChildren(...(typeof text === "string" ? [text] : text));
  }

  function saveState(): void {
    port.saveState(configOf(state).config).catch((error: unknown) => say(String(error)));
  }

  function update(next: WizardState, how: Change): void {
    state = next;
    saveState();
    if (how === "input") {
      refreshShares();
      return;
    }
    render();
    void runCheck();
  }

  function refreshShares(): void {
    const c = { lang, state };
    for (const [key, share] of shareTexts(c)) {
      root.querySelector(`[data-share="${key}"]`)?.replaceChildren(...shareHint(c, share));
    }
  }

  async function pick(role: RoleId): Promise<void> {
    try {
      const selected = await port.selection();
      selections.set(selected.address, selected.range);
      state = setPick(state, role, { address: selected.address, header: "auto" });
      saveState();
      render();
      await runCheck();
    } catch (error) {
      say(
        t("selectionFailed", { message: error instanceof Error ? error.message : String(error) })
      );
    }
  }

  /** Re-plans on sources already read when no address changed; else reads them again. */
  async function runCheck(): Promise<void> {
    const { config, metricKeys } = configOf(state, lang.locale);
    const run = ++checkRun;
    if (!state.ids && !state.metrics.some((m) => m.range)) {
      // Nothing chosen (yet, or any more): no problems to show, not even "choose the ids".
      lastCheck = undefined;
      renderProblems();
      render();
      return;
    }
    const quick = lastCheck && recheck(config, lastCheck);
    const result =
      quick ??
      (await check(port, config, {
        buildId: editing?.buildId ?? checkBuildId,
        ...(editing ? { rebuild: editing.name } : {}),
      }).catch((error: unknown) => {
        say(String(error instanceof Error ? error.message : error));
        return undefined;
      }));
    if (!result || run !== checkRun) return;
    showCheck(result, metricKeys);
  }

  function showCheck(result: CheckResult, keys: readonly number[]): void {
    lastCheck = result;
    checkKeys = keys;
    renderProblems();
    render();
  }

  function roleText(p: Problem, c: StepContext): string {
    switch (p.role.kind) {
      case "ids":
        return t("roleIds");
      case "previousScore":
        return t("rolePrevious");
      case "revenue":
        return t("roleRevenue");
      case "outcome":
        return t("roleOutcome");
      case "metric": {
        const index = p.role.index;
        const metric = state.metrics.find((m) => m.key === checkKeys[index]);
        return metric ? metricName(c, metric) : "";
      }
      default:
        return "";
    }
  }

  function renderProblems(): void {
    const list = problems();
    if (list.length === 0) {
      problemList.replaceChildren(el("p", { class: "cs-hint" }, t("noProblems")));
      return;
    }
    const c = context();
    problemList.replaceChildren(
      el(
        "ul",
        {},
        ...list.map((p) =>
          el(
            "li",
            {},
            button(
              [
                el(
                  "span",
                  { class: `cs-badge cs-${p.severity}` },
                  t(p.severity === "error" ? "errorLabel" : "warningLabel")
                ),
                " ",
                roleText(p, c) ? el("strong", {}, userText(roleText(p, c))) : "",
                p.address ? " " : "",
                p.address ? address(p.address) : "",
                el("span", { class: "cs-problem-message", dir: "auto" }, p.message),
              ],
              () => goTo(problemTarget(p, checkKeys)),
              { class: `cs-problem cs-problem-${p.severity}`, "data-code": p.code }
            )
          )
        )
      )
    );
  }

  function goTo(target: ProblemTarget): void {
    step = target.step;
    render();
    document.getElementById(target.control)?.focus();
  }

  function renderSheetBar(): void {
    if (ownedSheets.length === 0) {
      sheetBar.replaceChildren();
      return;
    }
    const select = el(
      "select",
      { id: "cs-sheet", class: "cs-input" },
      el("option", { value: "" }, t("newSheet")),
      ...ownedSheets.map((s) => el("option", { value: s.name }, s.name))
    );
    select.value = editing?.name ?? "";
    select.disabled = running !== undefined;
    select.addEventListener("change", () => {
      const chosen = ownedSheets.find((s) => s.name === select.value);
      edit(chosen);
      render();
      void runCheck();
    });
    const adopted = editing?.adoptedEdits ?? [];
    sheetBar.replaceChildren(
      el("div", { class: "cs-field" }, el("label", { for: "cs-sheet" }, t("sheet")), select),
      ...adopted
        .slice(0, 1)
        .map(() =>
          el(
            "div",
            { class: "cs-notice", id: "cs-adopted" },
            el("strong", {}, t("adopted")),
            el("ul", {}, ...adopted.map((a) => el("li", {}, ADOPTED[a] ? t(ADOPTED[a]) : a)))
          )
        )
    );
  }

  function edit(sheet: OwnedSheet | undefined): void {
    editing = sheet;
    rebuildInCurrentLanguage = false;
    lastCheck = undefined;
    if (sheet?.config) state = stateOf(sheet.config, lang.locale);
    renderProblems();
  }

  function renderStepper(available: ReturnType<typeof situation>): void {
    stepper.replaceChildren(
      el(
        "ol",
        {},
        ...STEPS.map((s) =>
          el(
            "li",
            {},
            button(
              [el("span", { class: "cs-step-number" }, String(s)), " ", t(STEP_TITLE[s])],
              () => {
                step = s;
                render();
                document.getElementById(`cs-step-${s}`)?.focus();
              },
              { id: `cs-step-${s}`, ...(s === step ? { "aria-current": "step" } : {}) },
              available.steps[s]
            )
          )
        )
      )
    );
  }

  function reviewStep(c: StepContext): Node[] {
    const a = c.available;
    const action = (kind: "new" | "rebuild" | "snapshot") => () => void run(kind);
    return [
      reviewSummary(c),
      editing && editing.config?.locale && editing.config.locale !== lang.locale
        ? checkbox({
            id: "cs-rebuild-language",
            label: t("rebuildCurrentLanguage"),
            checked: rebuildInCurrentLanguage,
            onChange: (checked) => (rebuildInCurrentLanguage = checked),
          })
        : null,
      el("p", { class: "cs-hint", id: "cs-build-hint" }, t("buildHint")),
      el(
        "div",
        { class: "cs-row" },
        button(
          t("buildNew"),
          action("new"),
          {
            id: controlId.build,
            class: "cs-button cs-button-primary",
            "aria-describedby": "cs-build-hint",
          },
          a.buildNew
        ),
        button(t("rebuild"), action("rebuild"), { id: "cs-rebuild" }, a.rebuild),
        button(t("snapshot"), action("snapshot"), { id: "cs-snapshot" }, a.snapshot),
        button(
          t("cancel"),
          () => running && (running.cancelled = true),
          { id: "cs-cancel" },
          a.cancel
        )
      ),
      lang.dir === "rtl" ? el("p", { class: "cs-hint" }, t("rightToLeftHint")) : null,
    ].filter((n): n is HTMLElement => n !== null);
  }

  function progress(): Progress {
    const current = running;
    return progressOn(bar, say, t("progress"), now, () => current?.cancelled ?? true);
  }

  async function run(kind: "new" | "rebuild" | "snapshot"): Promise<void> {
    running = { cancelled: false };
    render();
    document.getElementById("cs-cancel")?.focus();
    say(t(kind === "snapshot" ? "snapshotting" : "checking"));
    try {
      if (kind === "snapshot") await snapshot();
      else await write(kind);
    } catch (error) {
      say(t("failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      running = undefined;
      bar.hidden = true;
      render();
      document.getElementById(kind === "snapshot" ? "cs-snapshot" : controlId.build)?.focus();
    }
  }

  async function snapshot(): Promise<void> {
    if (!editing) return;
    const outcome = await port.snapshot(editing.name, progress());
    say(
      outcome.ok
        ? t("snapshotDone", { rows: outcome.rows })
        : t("snapshotFailed", { message: outcome.message })
    );
  }

  async function write(kind: "new" | "rebuild"): Promise<void> {
    buildAsked = true;
    const sheet = kind === "rebuild" ? editing : undefined;
    const keepSheetLocale = sheet && !rebuildInCurrentLanguage;
    const { config, metricKeys } = configOf(state, keepSheetLocale ? state.locale : lang.locale);
    const result = await build(port, config, {
      target: sheet ? { mode: "rebuild", sheet: sheet.name } : { mode: "new" },
      buildId: sheet?.buildId ?? options.newBuildId(),
      progress: progress(),
    });
    showCheck(result.check, metricKeys);
    if (result.kind === "blocked") {
      say(t("blocked"));
      return;
    }
    const { outcome } = result;
    if (!outcome.ok) {
      say(
        outcome.reason === "cancelled" ? t("cancelled") : t("failed", { message: outcome.message })
      );
      return;
    }
    // The counts go to t(), which chooses their plural forms; the sheet name stays isolated.
    const counts = { accounts: result.check.plan?.accounts ?? 0, metrics: metricKeys.length };
    say(template(t("built", counts), { sheet: outcome.sheet }));
    ownedSheets = (await port.ownedSheets()).filter((s) => s.kind === "score");
    editing = ownedSheets.find((s) => s.name === outcome.sheet) ?? editing;
  }

  function renderNav(available: ReturnType<typeof situation>): void {
    const back = button(
      [el("span", { class: "cs-arrow", "aria-hidden": "true" }, "←"), " ", t("back")],
      () => move(-1),
      { id: "cs-back" },
      step > 1 && running === undefined
    );
    const nextStep = (step + 1) as Step;
    const next = button(
      [t("next"), " ", el("span", { class: "cs-arrow", "aria-hidden": "true" }, "→")],
      () => move(1),
      { id: "cs-next", class: "cs-button cs-button-primary" },
      step < 4 && available.steps[nextStep]
    );
    navBar.replaceChildren(back, step < 4 ? next : "");
  }

  function move(delta: -1 | 1): void {
    step = (step + delta) as Step;
    render();
    document.getElementById("cs-step-title")?.focus();
  }

  function render(): void {
    const focused = document.activeElement as HTMLElement | null;
    const focusId = focused && root.contains(focused) ? focused.id : "";
    const c = context();
    renderSheetBar();
    renderStepper(c.available);
    const body = { 1: dataStep, 2: metricsStep, 3: bandsStep, 4: reviewStep }[step](c);
    stepBody.replaceChildren(
      el(
        "h3",
        { id: "cs-step-title", tabindex: "-1" },
        t("stepOf", { n: step, title: t(STEP_TITLE[step]) })
      ),
      ...body
    );
    renderNav(c.available);
    if (focusId && document.activeElement !== document.getElementById(focusId)) {
      document.getElementById(focusId)?.focus();
    }
  }

  async function open(): Promise<void> {
    ownedSheets = (await port.ownedSheets()).filter((s) => s.kind === "score");
    const adoptable = ownedSheets.find((s) => s.config);
    if (adoptable) edit(adoptable);
    else {
      const saved = port.loadState();
      if (saved) state = stateOf(saved, lang.locale);
      renderProblems();
    }
    render();
    await runCheck();
  }

  renderProblems();
  render();
  open().catch((error: unknown) => say(String(error instanceof Error ? error.message : error)));
}
