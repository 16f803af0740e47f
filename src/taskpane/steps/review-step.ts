/**
 * Step 4, Review (docs/health-score.md, "The task pane"): every setting before Build, each metric's
 * and then the sheet's, and the Build new, Rebuild, Snapshot and Cancel buttons.
 */
import { controlId } from "../../wizard/controls";
import { MetricState, effectiveTrendSource } from "../../wizard/state";
import { el } from "../../ui/dom";
import { RunKind } from "../pane-controller";
import { button, checkbox, number, userText } from "../widgets";
import { StepContext, TREND_SOURCE_LABEL, metricName, shareHint, shareTexts } from "./step-context";

/** One metric's settings as Review lists them: direction, normalisation (bad, good), share. */
function metricReview(c: StepContext, m: MetricState, share: string): Node[] {
  const t = c.lang.text;
  const thresholds = m.normalisation === "thresholds";
  const lower = thresholds ? Number(m.good) < Number(m.bad) : m.direction === "lower";
  const normalisation: Node[] = thresholds
    ? [
        document.createTextNode(`${t("thresholds")} (${t("bad")} `),
        number(m.bad.trim() || "–"),
        document.createTextNode(`; ${t("good")} `),
        number(m.good.trim() || "–"),
        document.createTextNode(")"),
      ]
    : [document.createTextNode(t(m.normalisation))];
  return [
    document.createTextNode(`${t(lower ? "lower" : "higher")} · `),
    ...normalisation,
    document.createTextNode(" · "),
    ...shareHint(c, share),
  ];
}

/** Review: every setting before Build, each metric's and then the sheet's. */
function reviewSummary(c: StepContext): HTMLElement {
  const t = c.lang.text;
  const ids = c.summaries.get("ids");
  const metrics = c.state.metrics.filter((m) => m.range);
  const shares = shareTexts(c);
  const trend = effectiveTrendSource(c.state);
  return el(
    "dl",
    { class: "cs-summary" },
    el("dt", {}, t("accounts")),
    el("dd", {}, number(ids ? String(ids.dataRows) : "–")),
    el("dt", {}, t("metrics")),
    el("dd", {}, number(String(metrics.length))),
    ...metrics.flatMap((m) => [
      el("dt", {}, userText(metricName(c, m))),
      el("dd", {}, ...metricReview(c, m, shares.get(m.key) ?? "")),
    ]),
    el("dt", {}, t("bands")),
    el(
      "dd",
      {},
      `${t("red")} `,
      number(c.state.red.trim() || "–"),
      " · ",
      `${t("green")} `,
      number(c.state.green.trim() || "–")
    ),
    el("dt", {}, t("trendSource")),
    el("dd", {}, t(TREND_SOURCE_LABEL[trend])),
    ...(trend === "none"
      ? []
      : [
          el("dt", {}, t("trendThreshold")),
          el("dd", {}, number(c.state.trendThreshold.trim() || "–")),
        ]),
    ...(c.state.outcome
      ? [el("dt", {}, t("roleOutcome")), el("dd", {}, userText(c.state.outcome.address))]
      : [])
  );
}

export function reviewStep(c: StepContext): Node[] {
  const t = c.lang.text;
  const a = c.available;
  const { editing } = c.pane;
  const action = (kind: RunKind) => () => void c.act.run(kind);
  return [
    reviewSummary(c),
    editing && editing.config?.locale && editing.config.locale !== c.lang.locale
      ? checkbox({
          id: "cs-rebuild-language",
          label: t("rebuildCurrentLanguage"),
          checked: c.pane.rebuildInCurrentLanguage,
          onChange: (checked) => c.act.setRebuildLanguage(checked),
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
      button(t("cancel"), () => c.act.cancel(), { id: "cs-cancel" }, a.cancel)
    ),
    c.lang.dir === "rtl" ? el("p", { class: "cs-hint" }, t("rightToLeftHint")) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
