/**
 * The wizard's state: what the user picked and typed, kept as typed (numbers as text) so the pane
 * can show exactly what was entered, and turned into the config (src/health-score/config.ts) on
 * demand. Pure: no DOM, no Office.
 */
import {
  DEFAULT_BANDS,
  DEFAULT_TREND_THRESHOLD,
  Direction,
  HeaderChoice,
  HealthScoreConfig,
  Locale,
  MAX_METRICS,
  MetricChoice,
  Normalisation,
  RangeChoice,
  TrendSource,
} from "../health-score";

export interface RangePick {
  readonly address: string;
  /** "auto" until the user changes the "First row is a header" checkbox. */
  readonly header: HeaderChoice;
}

export interface MetricState {
  /** Stable identity of the metric in the pane (DOM ids, focus), kept through reordering. */
  readonly key: number;
  readonly range?: RangePick;
  /** Undefined until the user types a name: the default is the header or "Metric k". */
  readonly name?: string;
  readonly direction: Direction;
  readonly normalisation: Normalisation;
  readonly weight: string;
  readonly bad: string;
  readonly good: string;
}

export interface WizardState {
  /** Locale of the config: the pane's, or an adopted sheet's. */
  readonly locale: Locale;
  readonly sheetName?: string;
  readonly ids?: RangePick;
  readonly metrics: readonly MetricState[];
  readonly previousScore?: RangePick;
  readonly revenue?: RangePick;
  /** 1/TRUE churned, 0/FALSE stayed: the back-test's outcome. */
  readonly outcome?: RangePick;
  readonly red: string;
  readonly green: string;
  readonly trendThreshold: string;
  /**
   * The user's choice; undefined = the default (column with a previous score, else
   * snapshots).
   */
  readonly trendSource?: TrendSource;
  readonly nextKey: number;
}

/** The roles that take one range: ids, previous score, revenue, outcome, or a metric by its key. */
export type RoleId = "ids" | "previousScore" | "revenue" | "outcome" | { readonly metric: number };

const newMetric = (key: number): MetricState => ({
  key,
  direction: "higher",
  normalisation: "percentile",
  weight: "1",
  bad: "",
  good: "",
});

/** An empty wizard: one metric slot waiting for its range. */
export function emptyState(locale: Locale): WizardState {
  return {
    locale,
    metrics: [newMetric(0)],
    red: String(DEFAULT_BANDS.red),
    green: String(DEFAULT_BANDS.green),
    trendThreshold: String(DEFAULT_TREND_THRESHOLD),
    nextKey: 1,
  };
}

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * A typed number: Latin, Arabic-Indic and Persian digits; "." "," or the Arabic decimal
 * separator (U+066B) as decimal mark. Anything else is handed over as typed, so the planner
 * reports it (E13, E16, E17); blank gives "".
 */
export function parseTypedNumber(text: string): number | string {
  const latin = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[\u2212]/g, "-")
    .replace(/[,\u066b]/g, ".");
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(latin) ? Number(latin) : text.trim();
}

/**
 * A typed weight: a number, or a percentage (`30%`, `٣٠٪`, `30 ％`) read as that number, since
 * only the weights' shares matter (30 % and 70 % weigh as 30 and 70).
 */
export function parseWeight(text: string): number | string {
  const withoutPercent = text.trim().replace(/\s*[%\u066a\uff05]$/u, "");
  const parsed = parseTypedNumber(withoutPercent);
  return typeof parsed === "number" ? parsed : text.trim();
}

/** Trend source in effect: `column` needs a previous-score range. */
export function effectiveTrendSource(state: WizardState): TrendSource {
  const choice = state.trendSource ?? (state.previousScore ? "column" : "snapshots");
  return choice === "column" && !state.previousScore ? "snapshots" : choice;
}

const rangeChoice = (pick: RangePick): RangeChoice => ({
  range: pick.address,
  header: pick.header,
});

function metricChoice(m: MetricState & { range: RangePick }): MetricChoice {
  const thresholds = m.normalisation === "thresholds";
  const bound = (text: string) => (text.trim() === "" ? undefined : parseTypedNumber(text));
  return {
    ...rangeChoice(m.range),
    ...(m.name !== undefined ? { name: m.name } : {}),
    ...(thresholds ? {} : { direction: m.direction }),
    normalisation: m.normalisation,
    weight: parseWeight(m.weight),
    ...(thresholds && bound(m.bad) !== undefined ? { bad: bound(m.bad) } : {}),
    ...(thresholds && bound(m.good) !== undefined ? { good: bound(m.good) } : {}),
  };
}

export interface ConfigOfState {
  readonly config: HealthScoreConfig;
  /** `metricKeys[i]` = key of the state metric that is `config.metrics[i]`. */
  readonly metricKeys: readonly number[];
}

/**
 * The config (src/health-score/config.ts) of the state. Metric slots still without a range are left
 * out (their place in the config would be an address that does not exist); `metricKeys` maps back.
 */
export function configOf(state: WizardState, locale: Locale = state.locale): ConfigOfState {
  const picked = state.metrics.filter((m): m is MetricState & { range: RangePick } => !!m.range);
  const config: HealthScoreConfig = {
    version: 1,
    locale,
    ...(state.sheetName !== undefined ? { sheetName: state.sheetName } : {}),
    ...(state.ids ? { ids: rangeChoice(state.ids) } : {}),
    metrics: picked.map(metricChoice),
    ...(state.previousScore ? { previousScore: rangeChoice(state.previousScore) } : {}),
    ...(state.revenue ? { revenue: rangeChoice(state.revenue) } : {}),
    ...(state.outcome ? { outcome: rangeChoice(state.outcome) } : {}),
    trendSource: effectiveTrendSource(state),
    bands: { red: parseTypedNumber(state.red), green: parseTypedNumber(state.green) },
    trendThreshold: parseTypedNumber(state.trendThreshold),
  };
  return { config, metricKeys: picked.map((m) => m.key) };
}

const pickOf = (choice: RangeChoice | null | undefined): RangePick | undefined =>
  choice ? { address: choice.range, header: choice.header ?? "auto" } : undefined;
const typed = (value: unknown, fallback: string): string =>
  value === undefined || value === null ? fallback : String(value);

/**
 * The state of a saved or adopted config (the sheet's config, else the document's;
 * docs/health-score.md, "Ownership and Rebuild").
 */
export function stateOf(config: HealthScoreConfig, fallbackLocale: Locale): WizardState {
  const metrics = (config.metrics ?? []).slice(0, MAX_METRICS).map((m, key): MetricState => ({
    key,
    range: pickOf(m),
    name: m.name,
    direction: m.direction ?? "higher",
    normalisation: m.normalisation ?? "percentile",
    weight: typed(m.weight, "1"),
    bad: typed(m.bad, ""),
    good: typed(m.good, ""),
  }));
  const empty = emptyState(config.locale ?? fallbackLocale);
  return {
    ...empty,
    sheetName: config.sheetName,
    ids: pickOf(config.ids),
    metrics: metrics.length > 0 ? metrics : empty.metrics,
    previousScore: pickOf(config.previousScore),
    revenue: pickOf(config.revenue),
    outcome: pickOf(config.outcome),
    red: typed(config.bands?.red, empty.red),
    green: typed(config.bands?.green, empty.green),
    trendThreshold: typed(config.trendThreshold, empty.trendThreshold),
    trendSource: config.trendSource,
    nextKey: Math.max(metrics.length, 1),
  };
}

/**
 * A new metric slot at the end, unless 12 are there already (docs/health-score.md, "Inputs and
 * settings").
 */
export function addMetric(state: WizardState): WizardState {
  if (state.metrics.length >= MAX_METRICS) return state;
  return {
    ...state,
    metrics: [...state.metrics, newMetric(state.nextKey)],
    nextKey: state.nextKey + 1,
  };
}

export function removeMetric(state: WizardState, key: number): WizardState {
  return { ...state, metrics: state.metrics.filter((m) => m.key !== key) };
}

/** Alt+↑ (-1) / Alt+↓ (+1): moves a metric one place; at an end it stays. */
export function moveMetric(state: WizardState, key: number, delta: -1 | 1): WizardState {
  const from = state.metrics.findIndex((m) => m.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= state.metrics.length) return state;
  const metrics = [...state.metrics];
  [metrics[from], metrics[to]] = [metrics[to], metrics[from]];
  return { ...state, metrics };
}

export function updateMetric(
  state: WizardState,
  key: number,
  patch: Partial<Omit<MetricState, "key">>
): WizardState {
  return {
    ...state,
    metrics: state.metrics.map((m) => (m.key === key ? { ...m, ...patch } : m)),
  };
}

export function pickOfRole(state: WizardState, role: RoleId): RangePick | undefined {
  if (typeof role === "object") return state.metrics.find((m) => m.key === role.metric)?.range;
  return state[role];
}

/** Assigns (or with `undefined` clears) a role's range. */
export function setPick(
  state: WizardState,
  role: RoleId,
  pick: RangePick | undefined
): WizardState {
  if (typeof role === "object") return updateMetric(state, role.metric, { range: pick });
  return { ...state, [role]: pick };
}
