/**
 * What the pane shows under each role once a range is known: detected header text, the header flag
 * in effect (the header rule of docs/health-score.md unless the user chose), and the data-row
 * count. Computed by the planner's own role resolution, so the pane and the built sheet never
 * disagree.
 */
import { OUTPUT_STRINGS, ResolvedRange, RoleSource, fill, resolveRoles } from "../health-score";
import { ConfigOfState, RoleId, WizardState } from "./state";

export interface RoleSummary {
  readonly address: string;
  /** The range no longer exists (E19); the other fields are then empty. */
  readonly deleted: boolean;
  /** The header rule's answer (what "auto" means for this range). */
  readonly detectedHeader: boolean;
  /** The flag in effect: the user's choice, else the detected one. */
  readonly header: boolean;
  /** Trimmed text of the first cell when it is used as a header. */
  readonly headerText?: string;
  readonly dataRows: number;
}

export type RangeLookup = (address: string) => ResolvedRange | undefined;

function summary(source: RoleSource | undefined, detected: RoleSource | undefined) {
  if (!source) return undefined;
  const first = source.range?.values[0];
  return {
    address: source.choice.range,
    deleted: source.resolved === "deleted",
    detectedHeader: detected?.header ?? false,
    header: source.header,
    headerText: source.header && typeof first === "string" ? first.trim() : undefined,
    dataRows: source.data.length,
  };
}

/** The summary of every role with a known range; unknown ranges (not read yet) are absent. */
export function roleSummaries(
  { config, metricKeys }: ConfigOfState,
  lookup: RangeLookup
): Map<string, RoleSummary> {
  const known = (address: string) => lookup(address);
  const actual = resolveRoles(config, known);
  const auto = resolveRoles(
    {
      ...config,
      ids: config.ids && { ...config.ids, header: "auto" },
      metrics: config.metrics?.map((m) => ({ ...m, header: "auto" })),
      previousScore: config.previousScore && { ...config.previousScore, header: "auto" },
      revenue: config.revenue && { ...config.revenue, header: "auto" },
      outcome: config.outcome && { ...config.outcome, header: "auto" },
    },
    known
  );
  const out = new Map<string, RoleSummary>();
  const put = (role: RoleId, a: RoleSource | undefined, d: RoleSource | undefined) => {
    const s = a && a.resolved !== undefined ? summary(a, d) : undefined;
    if (s) out.set(roleKey(role), s);
  };
  put("ids", actual.ids, auto.ids);
  actual.metrics.forEach((m, i) => put({ metric: metricKeys[i] }, m, auto.metrics[i]));
  put("previousScore", actual.previousScore, auto.previousScore);
  put("revenue", actual.revenue, auto.revenue);
  put("outcome", actual.outcome, auto.outcome);
  return out;
}

/** A string key per role, also the stem of its control ids (`ids`, `m3`, …). */
export const roleKey = (role: RoleId): string =>
  typeof role === "object" ? `m${role.metric}` : role;

/**
 * Name of a metric until the user types one: its header, else "Metric k" with k its place among the
 * metrics that have a range, as the planner numbers them (docs/health-score.md, "Inputs and
 * settings").
 */
export function defaultMetricName(
  state: WizardState,
  key: number,
  summaries: ReadonlyMap<string, RoleSummary>
): string {
  const metric = state.metrics.find((m) => m.key === key);
  const numbered = metric?.range ? state.metrics.filter((m) => m.range) : state.metrics;
  const index = numbered.findIndex((m) => m.key === key);
  return (
    summaries.get(roleKey({ metric: key }))?.headerText ??
    fill(OUTPUT_STRINGS[state.locale].metricDefault, { k: index + 1 })
  );
}
