/**
 * Step 2, Metrics (docs/health-score.md, "Inputs and settings"): each metric's name, normalisation
 * (bad and good for thresholds), direction and weight, with its share of the weights updated as the
 * user types.
 */
import { Normalisation } from "../../health-score";
import { controlId } from "../../wizard/controls";
import { MetricState, updateMetric } from "../../wizard/state";
import { el } from "../../ui/dom";
import { Change } from "../pane-controller";
import { selectField, textField, userText } from "../widgets";
import {
  StepContext,
  metricName,
  reorderHint,
  reorderable,
  shareHint,
  shareTexts,
} from "./step-context";

function metricSettings(c: StepContext, m: MetricState, share: string): HTMLElement {
  const t = c.lang.text;
  const set = (patch: Partial<MetricState>, how: Change = "change") =>
    c.act.update(updateMetric(c.state, m.key, patch), how);
  const thresholds = m.normalisation === "thresholds";
  const name = metricName(c, m);
  const impliedLower = thresholds && Number(m.good) < Number(m.bad);
  return reorderable(
    c,
    el(
      "fieldset",
      { class: "cs-role", "data-role": `m${m.key}` },
      el("legend", {}, userText(name)),
      textField({
        id: controlId.name(m.key),
        label: t("name"),
        value: name,
        userText: true,
        errors: c.errors(controlId.name(m.key)),
        onChange: (value) => set({ name: value }),
      }),
      selectField<Normalisation>({
        id: controlId.normalisation(m.key),
        label: t("normalisation"),
        value: m.normalisation,
        errors: [],
        options: (["minmax", "percentile", "thresholds"] as const).map((value) => ({
          value,
          label: t(value),
        })),
        onChange: (normalisation) => set({ normalisation }),
      }),
      thresholds
        ? el(
            "div",
            { class: "cs-pair" },
            textField({
              id: controlId.bad(m.key),
              label: t("bad"),
              value: m.bad,
              numeric: true,
              errors: c.errors(controlId.bad(m.key)),
              onChange: (bad) => set({ bad }),
            }),
            textField({
              id: controlId.good(m.key),
              label: t("good"),
              value: m.good,
              numeric: true,
              errors: [],
              onChange: (good) => set({ good }),
            })
          )
        : null,
      selectField({
        id: controlId.direction(m.key),
        label: t("direction"),
        value: thresholds ? (impliedLower ? "lower" : "higher") : m.direction,
        disabled: thresholds,
        errors: [],
        options: (["higher", "lower"] as const).map((value) => ({ value, label: t(value) })),
        hint: thresholds
          ? el(
              "span",
              {},
              t("directionFromThresholds", { direction: t(impliedLower ? "lower" : "higher") })
            )
          : undefined,
        onChange: (direction) => set({ direction }),
      }),
      textField({
        id: controlId.weight(m.key),
        label: t("weight"),
        value: m.weight,
        numeric: true,
        errors: c.errors(controlId.weight(m.key)),
        hint: el("span", { "data-share": String(m.key) }, ...shareHint(c, share)),
        onInput: (weight) => set({ weight }, "input"),
        onChange: (weight) => set({ weight }),
      })
    ),
    m.key
  );
}

export function metricsStep(c: StepContext): Node[] {
  const shares = shareTexts(c);
  return [
    reorderHint(c),
    ...c.state.metrics.map((m) => metricSettings(c, m, shares.get(m.key) ?? "")),
  ];
}
