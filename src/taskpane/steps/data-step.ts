/**
 * Step 1, Data (docs/health-score.md, "Inputs and settings"): for each role (ids, the metrics,
 * previous score, revenue, outcome) a "Use current selection" button, what was picked and the
 * header checkbox.
 */
import { MAX_METRICS } from "../../health-score";
import { controlId } from "../../wizard/controls";
import { roleKey } from "../../wizard/role-summary";
import { RoleId, addMetric, pickOfRole, removeMetric, setPick } from "../../wizard/state";
import { Child, el } from "../../ui/dom";
import { PaneKey } from "../locales";
import { address, button, checkbox, number, template, userText, withErrors } from "../widgets";
import { StepContext, metricName, reorderHint, reorderable } from "./step-context";

function rangeSummary(c: StepContext, role: RoleId): Node {
  const pick = pickOfRole(c.state, role);
  const t = c.lang.text;
  if (!pick) return el("p", { class: "cs-hint" }, t("noRange"));
  const s = c.summaries.get(roleKey(role));
  if (s?.deleted)
    return el("p", { class: "cs-hint" }, address(pick.address), " ", t("rangeDeleted"));
  return el(
    "dl",
    { class: "cs-summary" },
    el("dt", {}, t("range")),
    el("dd", {}, address(pick.address)),
    ...(s
      ? [
          el("dt", {}, t("header")),
          el("dd", {}, s.headerText !== undefined ? userText(s.headerText) : t("noHeader")),
          el("dt", {}, t("dataRows")),
          el("dd", {}, number(String(s.dataRows))),
        ]
      : [])
  );
}

function rangeRole(
  c: StepContext,
  role: RoleId,
  legend: readonly Child[],
  extra: readonly Child[] = []
): HTMLElement {
  const t = c.lang.text;
  const pick = pickOfRole(c.state, role);
  const summary = c.summaries.get(roleKey(role));
  const pickButton = button(t("useSelection"), () => void c.act.pick(role), {
    id: controlId.pick(role),
    "aria-describedby": `cs-${roleKey(role)}-legend`,
  });
  return el(
    "fieldset",
    { class: "cs-role", "data-role": roleKey(role) },
    el("legend", { id: `cs-${roleKey(role)}-legend` }, ...legend),
    el(
      "div",
      { class: "cs-row" },
      ...withErrors(pickButton, c.errors(controlId.pick(role))),
      pick
        ? button(t("clearRange"), () => c.act.update(setPick(c.state, role, undefined), "change"), {
            id: `cs-${roleKey(role)}-clear`,
            "aria-describedby": `cs-${roleKey(role)}-legend`,
          })
        : null,
      ...extra
    ),
    rangeSummary(c, role),
    pick
      ? checkbox({
          id: controlId.header(role),
          label: t("firstRowHeader"),
          checked: pick.header === "auto" ? (summary?.detectedHeader ?? false) : pick.header,
          onChange: (checked) =>
            c.act.update(setPick(c.state, role, { ...pick, header: checked }), "change"),
        })
      : null
  );
}

const optionalLegend = (c: StepContext, key: PaneKey): Child[] => [
  c.lang.text(key),
  " ",
  el("span", { class: "cs-optional" }, `(${c.lang.text("optional")})`),
];

export function dataStep(c: StepContext): Node[] {
  const t = c.lang.text;
  const metrics = c.state.metrics.map((m, i) =>
    reorderable(
      c,
      rangeRole(c, { metric: m.key }, template(t("roleMetric"), { k: i + 1 }), [
        button(t("removeMetric"), () => c.act.update(removeMetric(c.state, m.key), "change"), {
          id: `cs-m${m.key}-remove`,
          "aria-label": t("removeMetricLabel", { name: metricName(c, m) }),
        }),
      ]),
      m.key
    )
  );
  const add = button(
    t("addMetric"),
    () => c.act.update(addMetric(c.state), "change"),
    { id: controlId.addMetric },
    c.state.metrics.length < MAX_METRICS
  );
  return [
    rangeRole(c, "ids", [t("roleIds")]),
    reorderHint(c),
    ...metrics,
    el("div", { class: "cs-row" }, ...withErrors(add, c.errors(controlId.addMetric))),
    rangeRole(c, "previousScore", optionalLegend(c, "rolePrevious")),
    rangeRole(c, "revenue", optionalLegend(c, "roleRevenue")),
    rangeRole(c, "outcome", optionalLegend(c, "roleOutcome")),
  ];
}
