/**
 * The config's settings with their defaults applied (docs/health-score.md, "Inputs and settings"),
 * before validation.
 */
import {
  DEFAULT_BANDS,
  DEFAULT_TREND_THRESHOLD,
  Direction,
  HealthScoreConfig,
  Locale,
  Normalisation,
  TrendSource,
} from "../config";
import { output } from "../locales";
import { MetricSource, Roles } from "./roles";

export interface MetricSettings {
  readonly name: string;
  readonly normalisation: Normalisation;
  /** For thresholds: implied by bad/good (good > bad = higher). */
  readonly direction: Direction;
  readonly weight: unknown;
  readonly bad: unknown;
  readonly good: unknown;
}

export interface Settings {
  readonly locale: Locale;
  readonly metrics: readonly MetricSettings[];
  readonly red: unknown;
  readonly green: unknown;
  readonly trendThreshold: unknown;
  readonly trendSource: TrendSource;
}

export function resolveSettings(config: HealthScoreConfig, roles: Roles): Settings {
  const locale = config.locale ?? "en";
  return {
    locale,
    metrics: roles.metrics.map((m, k) => metricSettings(m, k, locale)),
    red: config.bands?.red ?? DEFAULT_BANDS.red,
    green: config.bands?.green ?? DEFAULT_BANDS.green,
    trendThreshold: config.trendThreshold ?? DEFAULT_TREND_THRESHOLD,
    trendSource: config.trendSource ?? (config.previousScore ? "column" : "snapshots"),
  };
}

function metricSettings(m: MetricSource, index: number, locale: Locale): MetricSettings {
  const { choice } = m;
  const normalisation = choice.normalisation ?? "percentile";
  const thresholdDirection: Direction =
    typeof choice.good === "number" && typeof choice.bad === "number" && choice.good < choice.bad
      ? "lower"
      : "higher";
  return {
    name: choice.name ?? m.headerText ?? output(locale, "metricDefault", { k: index + 1 }),
    normalisation,
    direction: normalisation === "thresholds" ? thresholdDirection : (choice.direction ?? "higher"),
    weight: choice.weight ?? 1,
    bad: choice.bad,
    good: choice.good,
  };
}

/** Settings after validation: numbers where the checks demanded numbers. */
export interface ValidSettings extends Settings {
  readonly red: number;
  readonly green: number;
  readonly trendThreshold: number;
  readonly metrics: readonly (MetricSettings & { readonly weight: number })[];
}
