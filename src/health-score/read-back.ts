/**
 * Reading a built sheet back (docs/health-score.md, "Ownership and Rebuild"): its ownership marker,
 * and for a score sheet the configuration it holds — the model panel (rows 6–12, 19–23, where
 * finance edits weights, thresholds and bands), the live source names, and the hidden
 * `CSMetrics_Headers` flags. Pure: the Office.js edge reads the cells and names and hands them
 * over.
 */
import { IDS_NAME, OUTCOME_NAME, PREVIOUS_NAME, REVENUE_NAME, metricName } from "./defined-names";
import { Area } from "./address";
import { formatAddress } from "../a1/a1";
import {
  DEFAULT_BANDS,
  DEFAULT_TREND_THRESHOLD,
  Direction,
  HealthScoreConfig,
  LOCALES,
  Locale,
  MAX_METRICS,
  MetricChoice,
  Normalisation,
  RangeChoice,
  TrendSource,
} from "./config";
import { BacktestFigures } from "./backtest-verdict";
import { OUTPUT_STRINGS } from "./locales";
import { OutputStrings } from "./locales/en";
import { backtestRows } from "./planner/backtest-layout";
import { ROW, layout } from "./planner/layout";
import { SourceValue } from "./sources";

/** The address a role gets when its source name is `#REF!` or gone: it resolves to E19. */
export const DELETED_SOURCE = "#REF!";

export interface Marker {
  readonly kind: "score" | "history";
  readonly buildId: string;
}

const MARKER = /^cs-metrics:health-(score|history):v1:([0-9a-f]{12})$/;

/** A well-formed `CSMetrics_Owner` text, or undefined (absent, foreign or malformed). */
export function parseMarker(text: string | undefined): Marker | undefined {
  const match = text === undefined ? null : MARKER.exec(text);
  return match ? { kind: match[1] as Marker["kind"], buildId: match[2] } : undefined;
}

/** The text of a string-constant name formula (`="…"` or `"…"`, doubled quotes undone). */
export function stringConstant(formula: string): string | undefined {
  const match = /^=?"((?:[^"]|"")*)"$/.exec(formula.trim());
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/** `Accounts!A1:A301`, `'Q1 data'!B7`, `Accounts!A:A` (an area without bottom). */
export function formatArea(area: Area & { readonly sheet: string }): string {
  const { sheet, top, left, bottom, right } = area;
  return bottom === undefined
    ? formatAddress(sheet, { top, left, bottom: top, right }, "columns")
    : formatAddress(sheet, { top, left, bottom, right }, "cells");
}

export interface HeaderFlags {
  readonly ids?: boolean;
  /** Index k = metric k + 1's flag. */
  readonly metrics: readonly boolean[];
  readonly previousScore?: boolean;
  readonly revenue?: boolean;
  readonly outcome?: boolean;
  readonly locale?: Locale;
}

/** Parses `ids=1;m1=1;m2=0;prev=1;rev=1;locale=en` (names.ts writes it). */
export function parseHeaderFlags(text: string): HeaderFlags {
  const entries = new Map(
    text.split(";").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    })
  );
  const flag = (key: string) => (entries.has(key) ? entries.get(key) === "1" : undefined);
  const metrics: boolean[] = [];
  for (let k = 1; k <= MAX_METRICS && entries.has(`m${k}`); k++) metrics.push(flag(`m${k}`)!);
  const locale = LOCALES.find((l) => l === entries.get("locale"));
  return {
    ids: flag("ids"),
    metrics,
    previousScore: flag("prev"),
    revenue: flag("rev"),
    outcome: flag("out"),
    locale,
  };
}

/** Rows and columns of the panel window the edge reads (from A1) so every layout fits. */
export const PANEL_ROWS = backtestRows().auc;
export const PANEL_COLUMNS = layout(0, MAX_METRICS, "snapshots", true, true).panel(MAX_METRICS - 1);

/** A source name's target: its data rows (no header), or null when it is `#REF!`. */
export type SourceTarget = (Area & { readonly sheet: string; readonly bottom: number }) | null;

export interface ScoreSheetContent {
  readonly sheetName: string;
  /** The `CSMetrics_Headers` text; without it the sheet cannot be read back. */
  readonly headers: string | undefined;
  /** The sheet's source names by name; a missing name counts as deleted. */
  readonly sources: ReadonlyMap<string, SourceTarget>;
  /** Values of rows 1..PANEL_ROWS, columns 1..PANEL_COLUMNS (row-major, 0-based). */
  readonly panel: readonly (readonly SourceValue[])[];
  /** The pane's saved state: the baseline for reporting finance's edits. */
  readonly saved?: HealthScoreConfig;
}

export interface ReadBack {
  readonly config: HealthScoreConfig;
  readonly adoptedEdits: readonly string[];
  /** The back-test block's figures, as calculated, when the sheet has one. */
  readonly backtest?: BacktestFigures;
}

export const WEIGHTS_KEPT = "Weights changed in the sheet since the last build were kept";
export const SETTINGS_KEPT =
  "Thresholds or bands changed in the sheet since the last build were kept";

const NORMALISATIONS: readonly Normalisation[] = ["minmax", "percentile", "thresholds"];

/**
 * The configuration a score sheet holds, or undefined when its panel cannot be found (a
 * missing header-flags name, or labels not where the layout puts them). Header flags are
 * explicit booleans (what the build detected), ranges come from the live source names.
 */
export function configFromSheet(content: ScoreSheetContent): ReadBack | undefined {
  if (content.headers === undefined) return undefined;
  const flags = parseHeaderFlags(content.headers);
  const locale = flags.locale ?? "en";
  const s = OUTPUT_STRINGS[locale];
  const at = (row: number, column: number): SourceValue =>
    content.panel[row - 1]?.[column - 1] ?? null;
  const m = flags.metrics.length;
  const labels = (["snapshots", "column", "none"] as const)
    .map(
      (trend) =>
        layout(0, m, trend, flags.revenue !== undefined, flags.outcome !== undefined).labels
    )
    .find((q0) => at(ROW.metric, q0) === s.metric && at(ROW.weight, q0) === s.weight);
  if (labels === undefined || flags.ids === undefined || m === 0) return undefined;

  const range = (name: string, header: boolean): RangeChoice => {
    const target = content.sources.get(name);
    if (!target) return { range: DELETED_SOURCE, header };
    const top = header ? target.top - 1 : target.top;
    return { range: formatArea({ ...target, top: Math.max(1, top) }), header };
  };
  const value = (row: number) => at(row, labels + 1);
  const metrics = flags.metrics.map((header, k): MetricChoice => {
    const column = labels + 1 + k;
    // Panel row 9 shows the normalisation in the sheet's language (OUTPUT keys = config values).
    const normalisation = NORMALISATIONS.find((n) => s[n] === at(ROW.normalisation, column));
    const thresholds = normalisation === "thresholds";
    const name = at(ROW.metric, column);
    const direction: Direction = at(ROW.direction, column) === -1 ? "lower" : "higher";
    return {
      ...range(metricName(k), header),
      name: name === null ? "" : String(name),
      ...(thresholds ? {} : { direction }),
      ...(normalisation ? { normalisation } : {}),
      ...(thresholds ? { bad: at(ROW.bad, column), good: at(ROW.good, column) } : {}),
      weight: at(ROW.weight, column),
    };
  });
  const trendSource = trendSourceOf(value(ROW.trendSource), s.snapshots, s.none);
  const hasPrevious = content.sources.has(PREVIOUS_NAME) || trendSource === "column";
  const config: HealthScoreConfig = {
    version: 1,
    locale,
    ...(isDefaultSheetName(content.sheetName, s.sheet) ? {} : { sheetName: content.sheetName }),
    ids: range(IDS_NAME, flags.ids),
    metrics,
    ...(hasPrevious ? { previousScore: range(PREVIOUS_NAME, flags.previousScore ?? false) } : {}),
    ...(flags.revenue !== undefined ? { revenue: range(REVENUE_NAME, flags.revenue) } : {}),
    ...(flags.outcome !== undefined ? { outcome: range(OUTCOME_NAME, flags.outcome) } : {}),
    trendSource,
    bands: { red: value(ROW.red), green: value(ROW.green) },
    trendThreshold: value(ROW.trendThreshold),
  };
  const backtest = flags.outcome !== undefined ? backtestOf(at, labels, s) : undefined;
  return {
    config,
    adoptedEdits: content.saved ? adoptedEdits(config, content.saved) : [],
    ...(backtest ? { backtest } : {}),
  };
}

/**
 * The calculated AUC of the score and the known churned and retained accounts (the total row),
 * or undefined when the block is not where its labels should be (no outcome known at build).
 */
function backtestOf(
  at: (row: number, column: number) => SourceValue,
  labels: number,
  s: OutputStrings
): BacktestFigures | undefined {
  const rows = backtestRows();
  if (at(rows.total, labels) !== s.total || at(rows.auc, labels) !== s.aucScore) return undefined;
  const [known, churned, auc] = [
    at(rows.total, labels + 1),
    at(rows.total, labels + 2),
    at(rows.auc, labels + 1),
  ];
  if (typeof known !== "number" || typeof churned !== "number") return undefined;
  return { churned, retained: known - churned, ...(typeof auc === "number" ? { auc } : {}) };
}

function trendSourceOf(text: SourceValue, snapshots: string, none: string): TrendSource {
  if (text === snapshots) return "snapshots";
  return text === none ? "none" : "column";
}

/** `Health Score` or a first-free variant `Health Score (2)`: not a user's choice of name. */
function isDefaultSheetName(name: string, base: string): boolean {
  const lower = name.toLowerCase();
  const b = base.toLowerCase();
  return lower === b || (lower.startsWith(`${b} (`) && /^ \(\d+\)$/.test(lower.slice(b.length)));
}

/** Finance's edits of the sheet, compared with the state the pane saved (same metric count). */
function adoptedEdits(sheet: HealthScoreConfig, saved: HealthScoreConfig): string[] {
  const ours = sheet.metrics ?? [];
  const theirs = saved.metrics ?? [];
  if (ours.length !== theirs.length) return [];
  const edits: string[] = [];
  if (ours.some((m, k) => m.weight !== (theirs[k].weight ?? 1))) edits.push(WEIGHTS_KEPT);
  const thresholdsChanged = ours.some(
    (m, k) =>
      m.normalisation === "thresholds" && (m.bad !== theirs[k].bad || m.good !== theirs[k].good)
  );
  const bandsChanged =
    sheet.bands?.red !== (saved.bands?.red ?? DEFAULT_BANDS.red) ||
    sheet.bands?.green !== (saved.bands?.green ?? DEFAULT_BANDS.green) ||
    sheet.trendThreshold !== (saved.trendThreshold ?? DEFAULT_TREND_THRESHOLD);
  if (thresholdsChanged || bandsChanged) edits.push(SETTINGS_KEPT);
  return edits;
}
