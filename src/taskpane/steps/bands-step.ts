/**
 * Step 3, Bands and trend (docs/health-score.md, "The model", "Inputs and settings"): the red and
 * green limits, the trend threshold and where the previous score comes from.
 */
import { TrendSource } from "../../health-score";
import { controlId } from "../../wizard/controls";
import { WizardState, effectiveTrendSource } from "../../wizard/state";
import { el } from "../../ui/dom";
import { selectField, textField } from "../widgets";
import { StepContext, TREND_SOURCE_LABEL } from "./step-context";

export function bandsStep(c: StepContext): Node[] {
  const t = c.lang.text;
  const s = c.state;
  const set = (patch: Partial<WizardState>) => c.act.update({ ...s, ...patch }, "change");
  const sources: TrendSource[] = [
    ...(s.previousScore ? ["column" as const] : []),
    "snapshots",
    "none",
  ];
  return [
    el(
      "fieldset",
      { class: "cs-role" },
      el("legend", {}, t("bands")),
      el("p", { class: "cs-hint", id: "cs-bands-hint" }, t("bandsHint")),
      el(
        "div",
        { class: "cs-pair" },
        textField({
          id: controlId.red,
          label: t("red"),
          value: s.red,
          numeric: true,
          errors: c.errors(controlId.red),
          onChange: (red) => set({ red }),
        }),
        textField({
          id: controlId.green,
          label: t("green"),
          value: s.green,
          numeric: true,
          errors: [],
          onChange: (green) => set({ green }),
        })
      )
    ),
    el(
      "fieldset",
      { class: "cs-role" },
      el("legend", {}, t("trend")),
      textField({
        id: controlId.trendThreshold,
        label: t("trendThreshold"),
        value: s.trendThreshold,
        numeric: true,
        errors: c.errors(controlId.trendThreshold),
        onChange: (trendThreshold) => set({ trendThreshold }),
      }),
      selectField({
        id: controlId.trendSource,
        label: t("trendSource"),
        value: effectiveTrendSource(s),
        errors: [],
        options: sources.map((value) => ({ value, label: t(TREND_SOURCE_LABEL[value]) })),
        onChange: (trendSource) => set({ trendSource }),
      })
    ),
  ];
}
