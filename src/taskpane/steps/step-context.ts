/**
 * What the step renderers share: the StepContext they render from (state, what is on offer,
 * errors per control, the controller their events go to) and the pieces more than one step
 * shows (metric names, weight shares, the Alt+↑/↓ reordering, trend source labels).
 */
import { TrendSource } from "../../health-score";
import { Availability } from "../../wizard/availability";
import { RoleSummary } from "../../wizard/role-summary";
import { MetricState, WizardState, moveMetric } from "../../wizard/state";
import { weightShares } from "../../wizard/weights";
import { el } from "../../ui/dom";
import { PaneKey, PaneLanguage } from "../locales";
import { paneNumberFormat } from "../number-format";
import { PaneController } from "../pane-controller";
import { PaneState, metricName as paneMetricName } from "../pane-state";
import { number, template } from "../widgets";

export interface StepContext {
  readonly lang: PaneLanguage;
  readonly state: WizardState;
  readonly pane: PaneState;
  readonly summaries: ReadonlyMap<string, RoleSummary>;
  readonly available: Availability;
  /** Error messages that belong next to a control. */
  errors(control: string): string[];
  /** Where the steps' events go. */
  readonly act: PaneController;
}

export const metricName = (c: StepContext, m: MetricState): string => paneMetricName(c, m);

export const TREND_SOURCE_LABEL: Readonly<Record<TrendSource, PaneKey>> = {
  column: "trendColumn",
  snapshots: "trendSnapshots",
  none: "trendNone",
};

/** Alt+↑/↓ anywhere inside a metric's block moves that metric. */
export function reorderable(c: StepContext, node: HTMLElement, key: number): HTMLElement {
  node.addEventListener("keydown", (event) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    c.act.moved(moveMetric(c.state, key, event.key === "ArrowUp" ? -1 : 1), key);
  });
  return node;
}

const keys = (text: string) => el("kbd", { dir: "ltr" }, text);
export const reorderHint = (c: StepContext) =>
  el(
    "p",
    { class: "cs-hint" },
    ...template(c.lang.text("reorderHint"), { up: keys("Alt+↑"), down: keys("Alt+↓") })
  );

/** Shares as shown under each weight, formatted for the pane's language. */
export function shareTexts(c: Pick<StepContext, "lang" | "state">): Map<number, string> {
  const format = paneNumberFormat(c.lang.locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
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
