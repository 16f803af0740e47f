/**
 * The sheet bar above the steps (docs/health-score.md, "The task pane"): which owned score sheet
 * the wizard edits (or a new one), and the edits finance made in that sheet that its configuration
 * adopted.
 */
import { el } from "../ui/dom";
import { PaneKey } from "./locales";
import { StepContext } from "./steps/step-context";

/** Adopted-edit notes from the edge (English keys) in the pane's language; others as given. */
const ADOPTED: Readonly<Record<string, PaneKey>> = {
  weights: "adoptedWeights",
  bands: "adoptedBands",
  thresholds: "adoptedThresholds",
  trendThreshold: "adoptedTrendThreshold",
};

export function renderSheetBar(bar: HTMLElement, c: StepContext): void {
  const { pane: s, act } = c;
  const t = c.lang.text;
  if (s.ownedSheets.length === 0) {
    bar.replaceChildren();
    return;
  }
  const select = el(
    "select",
    { id: "cs-sheet", class: "cs-input" },
    el("option", { value: "" }, t("newSheet")),
    ...s.ownedSheets.map((o) => el("option", { value: o.name }, o.name))
  );
  select.value = s.editing?.name ?? "";
  select.disabled = s.running;
  select.addEventListener("change", () => act.editSheet(select.value));
  const adopted = s.editing?.adoptedEdits ?? [];
  bar.replaceChildren(
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
