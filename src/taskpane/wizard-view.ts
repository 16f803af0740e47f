/**
 * The health-score wizard pane (docs/health-score.md, "The task pane"): lays out the page (sheet
 * bar, stepper, step, navigation, problems, progress and announcements), implements PaneUi for the
 * controller (pane-controller.ts) and redraws through the views. Toolkit: plain DOM through
 * src/ui/dom.ts `el()` and the Office-like src/ui/office.css (see docs/development.md "Task pane
 * UI"): no framework, user text only ever in text nodes.
 */
import { el } from "../ui/dom";
import { WorkbookPort } from "../wizard/workbook-port";
import { failureMessage } from "./error-message";
import { PaneLanguage } from "./locales";
import { renderNav, renderStepper, STEP_TITLE } from "./navigation-view";
import { PaneController, PaneUi, paneController } from "./pane-controller";
import { errorsByControl, situation, summaries } from "./pane-state";
import { renderProblems } from "./problems-view";
import { renderSheetBar } from "./sheet-bar-view";
import { bandsStep } from "./steps/bands-step";
import { dataStep } from "./steps/data-step";
import { metricsStep } from "./steps/metrics-step";
import { reviewStep } from "./steps/review-step";
import { StepContext, shareHint, shareTexts } from "./steps/step-context";
import { progressOn, template } from "./widgets";

export interface WizardOptions {
  /** The pane's language, from `Office.context.displayLanguage` (loadPaneLanguage). */
  readonly language: PaneLanguage;
  /** ExcelApi 1.9 is available. */
  readonly apiSupported: boolean;
  readonly productVersion: string;
  newBuildId(): string;
  /** Milliseconds clock; spaces out spoken progress. Defaults to Date.now. */
  now?(): number;
}

const STEP_VIEW = { 1: dataStep, 2: metricsStep, 3: bandsStep, 4: reviewStep } as const;

/** `workbook` is undefined outside Excel: the pane then only says what the wizard needs. */
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
  // The back-test sentence after a build, in the same live region as the completion message.
  const verdictText = el("p", { id: "cs-backtest" });
  verdictText.hidden = true;
  const status = el(
    "div",
    { class: "cs-status", role: "status", "aria-live": "polite" },
    statusText,
    verdictText
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

  const say = (nodes: Node[]) => statusText.replaceChildren(...nodes);
  const ui: PaneUi = {
    render,
    renderProblems: () =>
      renderProblems(problemList, lang, act.state, (target) =>
        act.show(target.step, target.control)
      ),
    refreshShares() {
      const c = { lang, state: act.state.wizard };
      for (const [key, share] of shareTexts(c)) {
        root.querySelector(`[data-share="${key}"]`)?.replaceChildren(...shareHint(c, share));
      }
    },
    say: (a) => say(template(a.text, a.isolate ?? {})),
    verdict(sentence) {
      verdictText.hidden = sentence === undefined;
      verdictText.replaceChildren(sentence ?? "");
    },
    progress: (cancelled) => progressOn(bar, say, t("progress"), now, cancelled),
    progressDone: () => (bar.hidden = true),
    focus: (id) => document.getElementById(id)?.focus(),
  };
  const act: PaneController = paneController(workbook, lang, options.newBuildId, ui);

  function context(): StepContext {
    const s = act.state;
    const errors = errorsByControl(s);
    return {
      lang,
      state: s.wizard,
      pane: s,
      summaries: summaries(s),
      available: situation(s),
      errors: (control) => errors.get(control) ?? [],
      act,
    };
  }

  function render(): void {
    const focused = document.activeElement as HTMLElement | null;
    const focusId = focused && root.contains(focused) ? focused.id : "";
    const c = context();
    const { step } = c.pane;
    renderSheetBar(sheetBar, c);
    renderStepper(stepper, c);
    stepBody.replaceChildren(
      el(
        "h3",
        { id: "cs-step-title", tabindex: "-1" },
        t("stepOf", { n: step, title: t(STEP_TITLE[step]) })
      ),
      ...STEP_VIEW[step](c)
    );
    renderNav(navBar, c);
    if (focusId && document.activeElement !== document.getElementById(focusId)) {
      document.getElementById(focusId)?.focus();
    }
  }

  ui.renderProblems();
  render();
  act.open().catch((error: unknown) => ui.say({ text: failureMessage(t, "openFailed", error) }));
}
