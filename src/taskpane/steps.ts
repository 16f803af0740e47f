/**
 * The four steps of the wizard (spec §8) as DOM, rendered from the state. Events go back to the
 * view through `StepContext`; nothing here talks to the workbook.
 *
 * Over 300 lines: the four step renderers share the StepContext helpers (split with the pane).
 */
import { MAX_METRICS, Normalisation, TrendSource } from "../health-score";
import { Availability } from "../wizard/availability";
import { controlId } from "../wizard/controls";
import { RoleSummary, defaultMetricName, roleKey } from "../wizard/role-summary";
import {
  MetricState,
  RoleId,
  WizardState,
  effectiveTrendSource,
  moveMetric,
  pickOfRole,
  removeMetric,
  setPick,
  updateMetric,
  addMetric,
} from "../wizard/state";
import { weightShares } from "../wizard/weights";
import { Child, el } from "../ui/dom";
import { PaneKey, PaneLanguage } from "./locales";
import {
  address,
  button,
  checkbox,
  number,
  selectField,
  template,
  textField,
  userText,
  withErrors,
} from "./widgets";

export type Change = "input" | "change";

export interface StepContext {
  readonly lang: PaneLanguage;
  readonly state: WizardState;
  readonly summaries: ReadonlyMap<string, RoleSummary>;
  readonly available: Availability;
  /** Error messages that belong next to a control. */
  errors(control: string): string[];
  /** `input`: live typing (no re-render); `change`: committed (save, render, check). */
  update(next: WizardState, how: Change): void;
  pick(role: RoleId): void;
  /** Alt+↑/↓ moved a metric: re-render and announce. */
  moved(next: WizardState, key: number): void;
}

export const metricName = (c: StepContext, m: MetricState): string =>
  m.name ?? defaultMetricName(c.state, m.key, c.summaries);

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
  const pickButton = button(t("useSelection"), () => c.pick(role), {
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
        ? button(t("clearRange"), () => c.update(setPick(c.state, role, undefined), "change"), {
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
            c.update(setPick(c.state, role, { ...pick, header: checked }), "change"),
        })
      : null
  );
}

/** Alt+↑/↓ anywhere inside a metric's block moves that metric. */
function reorderable(c: StepContext, node: HTMLElement, key: number): HTMLElement {
  node.addEventListener("keydown", (event) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    c.moved(moveMetric(c.state, key, event.key === "ArrowUp" ? -1 : 1), key);
  });
  return node;
}

const key = (text: string) => el("kbd", { dir: "ltr" }, text);
const reorderHint = (c: StepContext) =>
  el(
    "p",
    { class: "cs-hint" },
    ...template(c.lang.text("reorderHint"), { up: key("Alt+↑"), down: key("Alt+↓") })
  );

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
        button(t("removeMetric"), () => c.update(removeMetric(c.state, m.key), "change"), {
          id: `cs-m${m.key}-remove`,
          "aria-label": t("removeMetricLabel", { name: metricName(c, m) }),
        }),
      ]),
      m.key
    )
  );
  const add = button(
    t("addMetric"),
    () => c.update(addMetric(c.state), "change"),
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

/** Shares as shown under each weight, formatted for the pane's language. */
export function shareTexts(c: Pick<StepContext, "lang" | "state">): Map<number, string> {
  const format = new Intl.NumberFormat(c.lang.locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    numberingSystem: "latn",
  });
  const shares = weightShares(c.state.metrics.map((m) => m.weight));
  return new Map(
    c.state.metrics.map((m, i) => {
      const share = shares[i];
      return [m.key, share === undefined ? "" : format.format(share / 100)];
    })
  );
}

export function shareHint(c: Pick<StepContext, "lang">, share: string): Node[] {
  return share === ""
    ? [document.createTextNode(c.lang.text("weightShareNone"))]
    : template(c.lang.text("weightShare"), { share: number(share) });
}

function metricSettings(c: StepContext, m: MetricState, share: string): HTMLElement {
  const t = c.lang.text;
  const set = (patch: Partial<MetricState>, how: Change = "change") =>
    c.update(updateMetric(c.state, m.key, patch), how);
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

export function bandsStep(c: StepContext): Node[] {
  const t = c.lang.text;
  const s = c.state;
  const set = (patch: Partial<WizardState>) => c.update({ ...s, ...patch }, "change");
  const sources: TrendSource[] = [
    ...(s.previousScore ? ["column" as const] : []),
    "snapshots",
    "none",
  ];
  const sourceLabel: Record<TrendSource, PaneKey> = {
    column: "trendColumn",
    snapshots: "trendSnapshots",
    none: "trendNone",
  };
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
        options: sources.map((value) => ({ value, label: t(sourceLabel[value]) })),
        onChange: (trendSource) => set({ trendSource }),
      })
    ),
  ];
}

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

/** Review (§16): every setting before Build, each metric's and then the sheet's. */
export function reviewSummary(c: StepContext): HTMLElement {
  const t = c.lang.text;
  const ids = c.summaries.get("ids");
  const metrics = c.state.metrics.filter((m) => m.range);
  const shares = shareTexts(c);
  const source: Record<TrendSource, PaneKey> = {
    column: "trendColumn",
    snapshots: "trendSnapshots",
    none: "trendNone",
  };
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
    el("dd", {}, t(source[trend])),
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
