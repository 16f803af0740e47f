/**
 * The health-score choices (docs/health-score.md, "Inputs and settings"): the object the pane saves
 * and the CLI reads. The planner receives it as given and reports every semantic problem (E01–E17)
 * itself; the CLI's JSON schema only checks shapes and unknown keys.
 */
export type Locale = "en" | "ar" | "fa" | "ro" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "ar", "fa", "ro", "zh-CN"];

export type HeaderChoice = "auto" | boolean;
export type Direction = "higher" | "lower";
export type Normalisation = "minmax" | "percentile" | "thresholds";
export type TrendSource = "column" | "snapshots" | "none";

export interface RangeChoice {
  readonly range: string;
  readonly header?: HeaderChoice;
}

export interface MetricChoice extends RangeChoice {
  readonly name?: string;
  readonly direction?: Direction;
  readonly normalisation?: Normalisation;
  /** `unknown` because the pane hands over what the user typed; E13 checks it. */
  readonly weight?: unknown;
  readonly bad?: unknown;
  readonly good?: unknown;
}

export interface HealthScoreConfig {
  readonly version: 1;
  readonly locale?: Locale;
  readonly sheetName?: string;
  readonly ids?: RangeChoice | null;
  readonly metrics?: readonly MetricChoice[];
  readonly previousScore?: RangeChoice | null;
  readonly revenue?: RangeChoice | null;
  /**
   * Churn after the data's period (1/TRUE churned, 0/FALSE stayed): the back-test
   * (docs/health-score.md, "The back-test").
   */
  readonly outcome?: RangeChoice | null;
  readonly trendSource?: TrendSource;
  readonly bands?: { readonly red?: unknown; readonly green?: unknown };
  readonly trendThreshold?: unknown;
}

export const DEFAULT_BANDS = { red: 40, green: 70 } as const;
export const DEFAULT_TREND_THRESHOLD = 10;
export const MAX_METRICS = 12;
export const MAX_ACCOUNTS = 1_048_575;
