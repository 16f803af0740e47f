/**
 * Resolves every chosen range of the config against the sources: header flag, data rows,
 * display names. Whole-column selections lose the trailing rows whose id is blank.
 */
import { HealthScoreConfig, MetricChoice, RangeChoice } from "../config";
import { Role } from "../problems";
import { ResolvedRange, SourceRange, SourceValue } from "../sources";
import { detectIdHeader, detectValueHeader, isBlank } from "./header-detection";
import { detectOutcomeHeader } from "./outcome";

export interface RoleSource {
  readonly role: Role;
  readonly choice: RangeChoice;
  readonly resolved: ResolvedRange | undefined;
  /** Set when `resolved` is a range. */
  readonly range?: SourceRange;
  readonly header: boolean;
  /** Values of the data rows (header excluded). */
  readonly data: readonly SourceValue[];
  /** Sheet row of the first data row. */
  readonly firstDataRow: number;
}

export interface MetricSource extends RoleSource {
  readonly choice: MetricChoice;
  readonly headerText?: string;
}

export interface Roles {
  readonly ids?: RoleSource;
  readonly metrics: readonly MetricSource[];
  readonly previousScore?: RoleSource;
  readonly revenue?: RoleSource;
  readonly outcome?: RoleSource;
}

const asRange = (r: ResolvedRange | undefined): SourceRange | undefined =>
  r === undefined || r === "deleted" ? undefined : r;

function headerFlag(choice: RangeChoice, detected: boolean): boolean {
  return choice.header === undefined || choice.header === "auto" ? detected : choice.header;
}

function build(
  role: Role,
  choice: RangeChoice,
  resolved: ResolvedRange | undefined,
  header: (range: SourceRange) => boolean
): RoleSource {
  const range = asRange(resolved);
  const hasHeader = range ? header(range) : false;
  const data = range ? range.values.slice(hasHeader ? 1 : 0) : [];
  const firstDataRow = range ? range.top + (hasHeader ? 1 : 0) : 0;
  return { role, choice, resolved, range, header: hasHeader, data, firstDataRow };
}

export function resolveRoles(
  config: HealthScoreConfig,
  lookup: (address: string) => ResolvedRange | undefined
): Roles {
  const metricChoices = config.metrics ?? [];
  const metrics = metricChoices.map((choice, index): MetricSource => {
    const source = build({ kind: "metric", index }, choice, lookup(choice.range), (r) =>
      headerFlag(choice, detectValueHeader(r.values))
    );
    const first = source.range?.values[0];
    const headerText = source.header && typeof first === "string" ? first.trim() : undefined;
    return { ...source, choice, headerText };
  });
  const firstMetric = metrics[0];
  const ids = config.ids
    ? trimTrailingBlankIds(
        build({ kind: "ids" }, config.ids, lookup(config.ids.range), (r) =>
          headerFlag(
            config.ids as RangeChoice,
            detectIdHeader(
              r.values,
              !!firstMetric?.range &&
                firstMetric.header &&
                firstMetric.range.sheet === r.sheet &&
                firstMetric.range.top === r.top
            )
          )
        )
      )
    : undefined;
  const keep = ids?.range?.wholeColumn ? ids.data.length : undefined;
  const optional = (role: Role, choice: RangeChoice | null | undefined) =>
    choice
      ? trimTo(
          build(role, choice, lookup(choice.range), (r) =>
            headerFlag(choice, detectValueHeader(r.values))
          ),
          keep
        )
      : undefined;
  return {
    ids,
    metrics: metrics.map((m) => trimTo(m, keep)),
    previousScore: optional({ kind: "previousScore" }, config.previousScore),
    revenue: optional({ kind: "revenue" }, config.revenue),
    outcome: config.outcome
      ? trimTo(
          build({ kind: "outcome" }, config.outcome, lookup(config.outcome.range), (r) =>
            headerFlag(
              config.outcome as RangeChoice,
              detectOutcomeHeader(
                r.values,
                !!ids?.range && ids.header && ids.range.sheet === r.sheet && ids.range.top === r.top
              )
            )
          ),
          keep
        )
      : undefined,
  };
}

function trimTrailingBlankIds(ids: RoleSource): RoleSource {
  if (!ids.range?.wholeColumn) return ids;
  let end = ids.data.length;
  while (end > 0 && isBlank(ids.data[end - 1])) end--;
  return { ...ids, data: ids.data.slice(0, end) };
}

/** A whole-column role keeps the id range's rows; an explicit range is left to E08. */
function trimTo<T extends RoleSource>(source: T, rows: number | undefined): T {
  return rows !== undefined && source.range?.wholeColumn
    ? { ...source, data: source.data.slice(0, rows) }
    : source;
}
