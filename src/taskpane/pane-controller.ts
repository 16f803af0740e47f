/**
 * The wizard pane's controller: the asynchronous half of the pane over a WorkbookPort (never
 * Office.js). It owns the PaneState, applies pane-state.ts's transitions, talks to the workbook
 * (check with a stale-run guard, build / rebuild, snapshot, cancel, save) and tells the views
 * through PaneUi what to redraw and announce. No DOM: jest drives it with a fake port and UI.
 */
import { Step } from "../wizard/controls";
import { build, check, recheck } from "../wizard/session";
import { RoleId, WizardState, configOf } from "../wizard/state";
import { Progress, WorkbookPort } from "../wizard/workbook-port";
import { backtestSentence } from "./backtest-sentence";
import { failureMessage } from "./error-message";
import { PaneLanguage } from "./locales";
import * as pane from "./pane-state";

/** A localised announcement; each `isolate` value fills its `{name}` as isolated user text. */
export interface Announcement {
  readonly text: string;
  readonly isolate?: Readonly<Record<string, string>>;
}

/** What the controller asks of the views. */
export interface PaneUi {
  /** Redraws the sheet bar, stepper, step and navigation (not the problem list). */
  render(): void;
  /** Redraws the problem list (a live region: only when a check's result changes it). */
  renderProblems(): void;
  /** Live typing in a weight: only the shares under the weights change. */
  refreshShares(): void;
  say(announcement: Announcement): void;
  /** The back-test sentence after a build; undefined clears it. */
  verdict(sentence: string | undefined): void;
  progress(cancelled: () => boolean): Progress;
  progressDone(): void;
  focus(id: string): void;
}

/** `input`: live typing (no re-render); `change`: committed (save, render, check). */
export type Change = "input" | "change";

export type RunKind = "new" | "rebuild" | "snapshot";

export interface PaneController {
  readonly state: pane.PaneState;
  open(): Promise<void>;
  update(next: WizardState, how: Change): void;
  /** Alt+↑/↓ moved metric `key`: re-render and announce its new place. */
  moved(next: WizardState, key: number): void;
  pick(role: RoleId): Promise<void>;
  /** Shows `step`, then focuses `focus` (a control id). */
  show(step: Step, focus: string): void;
  /** The sheet picker chose an owned sheet by name ("" = a new sheet). */
  editSheet(name: string): void;
  setRebuildLanguage(checked: boolean): void;
  run(kind: RunKind): Promise<void>;
  cancel(): void;
  /** Re-plans (or reads the sources again when an address changed); the latest call wins. */
  runCheck(): Promise<void>;
}

export function paneController(
  port: WorkbookPort,
  lang: PaneLanguage,
  newBuildId: () => string,
  ui: PaneUi
): PaneController {
  const t = lang.text;
  let state = pane.initialPane(lang.locale);
  let checkRun = 0;
  let token: { cancelled: boolean } | undefined;
  const checkBuildId = newBuildId();
  const say = (text: string, isolate?: Record<string, string>) =>
    ui.say(isolate ? { text, isolate } : { text });

  function saveState(): void {
    port
      .saveState(configOf(state.wizard).config)
      .catch((error: unknown) => say(failureMessage(t, "saveFailed", error)));
  }

  async function runCheck(): Promise<void> {
    const { config, metricKeys } = configOf(state.wizard, lang.locale);
    const run = ++checkRun;
    if (pane.nothingChosen(state)) {
      state = pane.checked(state, undefined);
      ui.renderProblems();
      ui.render();
      return;
    }
    const quick = state.lastCheck && recheck(config, state.lastCheck);
    const result =
      quick ??
      (await check(port, config, pane.checkOptions(state, checkBuildId)).catch((error: unknown) => {
        say(failureMessage(t, "checkFailed", error));
        return undefined;
      }));
    if (!result || run !== checkRun) return;
    state = pane.checked(state, result, metricKeys);
    ui.renderProblems();
    ui.render();
  }

  function changed(next: pane.PaneState): void {
    state = next;
    saveState();
    ui.render();
  }

  async function snapshot(): Promise<void> {
    if (!state.editing) return;
    const outcome = await port.snapshot(state.editing.name, ui.progress(cancelled()));
    say(
      outcome.ok
        ? t("snapshotDone", { rows: outcome.rows })
        : failureMessage(t, "snapshotFailed", outcome.message)
    );
  }

  /** Progress asks the token of the run that started it; with no run under way, stop. */
  const cancelled = () => {
    const current = token;
    return () => current?.cancelled ?? true;
  };

  async function write(kind: "new" | "rebuild"): Promise<void> {
    state = pane.withBuildAsked(state);
    const request = pane.buildRequest(state, kind);
    const result = await build(port, request.config, {
      target: request.target,
      buildId: request.buildId ?? newBuildId(),
      progress: ui.progress(cancelled()),
    });
    state = pane.checked(state, result.check, request.metricKeys);
    ui.renderProblems();
    ui.render();
    if (result.kind === "blocked") return say(t("blocked"));
    const { outcome } = result;
    if (!outcome.ok) {
      return say(
        outcome.reason === "cancelled"
          ? t("cancelled")
          : failureMessage(t, "failed", outcome.message)
      );
    }
    // The counts go to t(), which chooses their plural forms; the sheet name stays isolated.
    const counts = {
      accounts: result.check.plan?.accounts ?? 0,
      metrics: request.metricKeys.length,
    };
    say(t("built", counts), { sheet: outcome.sheet });
    state = pane.built(state, await port.ownedSheets(), outcome.sheet);
    const backtest = state.editing?.name === outcome.sheet ? state.editing.backtest : undefined;
    if (backtest) ui.verdict(backtestSentence(lang, backtest));
  }

  return {
    get state() {
      return state;
    },
    runCheck,

    async open() {
      state = pane.opened(state, await port.ownedSheets(), () => port.loadState());
      ui.renderProblems();
      ui.render();
      await runCheck();
    },

    update(next, how) {
      state = pane.withWizard(state, next);
      saveState();
      if (how === "input") return ui.refreshShares();
      ui.render();
      void runCheck();
    },

    moved(next, key) {
      changed(pane.withWizard(state, next));
      const index = state.wizard.metrics.findIndex((m) => m.key === key);
      const metric = state.wizard.metrics[index];
      const c = { state: state.wizard, summaries: pane.summaries(state) };
      if (metric) say(t("metricMoved", { name: pane.metricName(c, metric), k: index + 1 }));
      void runCheck();
    },

    async pick(role) {
      try {
        const selected = await port.selection();
        changed(pane.picked(state, role, selected));
        await runCheck();
      } catch (error) {
        say(failureMessage(t, "selectionFailed", error));
      }
    },

    show(step, focus) {
      state = pane.atStep(state, step);
      ui.render();
      ui.focus(focus);
    },

    editSheet(name) {
      state = pane.editSheet(
        state,
        state.ownedSheets.find((s) => s.name === name)
      );
      ui.renderProblems();
      ui.render();
      void runCheck();
    },

    setRebuildLanguage(checked) {
      state = pane.withRebuildLanguage(state, checked);
    },

    async run(kind) {
      token = { cancelled: false };
      state = pane.withRunning(state, true);
      ui.verdict(undefined);
      ui.render();
      ui.focus("cs-cancel");
      say(t(kind === "snapshot" ? "snapshotting" : "checking"));
      try {
        if (kind === "snapshot") await snapshot();
        else await write(kind);
      } catch (error) {
        say(failureMessage(t, "failed", error));
      } finally {
        token = undefined;
        state = pane.withRunning(state, false);
        ui.progressDone();
        ui.render();
        ui.focus(kind === "snapshot" ? "cs-snapshot" : "cs-build");
      }
    },

    cancel() {
      if (token) token.cancelled = true;
    },
  };
}
