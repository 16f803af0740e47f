/**
 * Moving between the four steps (docs/health-score.md, "The task pane"): the stepper above (a step
 * is offered once its data allows it; `aria-current` marks the one shown) and Back / Next below.
 */
import { STEPS, Step } from "../wizard/controls";
import { el } from "../ui/dom";
import { PaneKey } from "./locales";
import { StepContext } from "./steps/step-context";
import { button } from "./widgets";

export const STEP_TITLE: Readonly<Record<Step, PaneKey>> = {
  1: "step1",
  2: "step2",
  3: "step3",
  4: "step4",
};

export function renderStepper(stepper: HTMLElement, c: StepContext): void {
  const { lang, pane: s, available, act } = c;
  const t = lang.text;
  stepper.replaceChildren(
    el(
      "ol",
      {},
      ...STEPS.map((step) =>
        el(
          "li",
          {},
          button(
            [el("span", { class: "cs-step-number" }, String(step)), " ", t(STEP_TITLE[step])],
            () => act.show(step, `cs-step-${step}`),
            { id: `cs-step-${step}`, ...(step === s.step ? { "aria-current": "step" } : {}) },
            available.steps[step]
          )
        )
      )
    )
  );
}

export function renderNav(nav: HTMLElement, c: StepContext): void {
  const { lang, pane: s, available, act } = c;
  const t = lang.text;
  const move = (delta: -1 | 1) => () => act.show((s.step + delta) as Step, "cs-step-title");
  const back = button(
    [el("span", { class: "cs-arrow", "aria-hidden": "true" }, "←"), " ", t("back")],
    move(-1),
    { id: "cs-back" },
    s.step > 1 && !s.running
  );
  const nextStep = (s.step + 1) as Step;
  const next = button(
    [t("next"), " ", el("span", { class: "cs-arrow", "aria-hidden": "true" }, "→")],
    move(1),
    { id: "cs-next", class: "cs-button cs-button-primary" },
    s.step < 4 && available.steps[nextStep]
  );
  nav.replaceChildren(back, s.step < 4 ? next : "");
}
