/**
 * What a Snapshot appends to the history sheet (docs/health-score.md, "History and snapshots"),
 * decided from values the edge read: the accounts with a numeric score in table order, stamped with
 * one timestamp, below the last used row of A:C; each account's points per metric in that metric's
 * column (a name already heading a column from J rightwards reuses it, a new one gets the next free
 * column and its header); and one index row (snapshot, first row, rows) below the last used row of
 * F:H. The plan is the cells to write, so the Office.js edge only reads and applies. Earlier rows
 * are never edited.
 */
import { text } from "./a1";
import { LOCALES, Locale } from "./config";
import { OUTPUT_STRINGS } from "./locales";
import { Rect, Span } from "./plan";
import { HISTORY, TIMESTAMP_FORMAT } from "./planner/history-layout";
import { Layout, layout } from "./planner/layout";
import { withColumnsBeforeComponents } from "./planner/earlier-layouts";
import { marker } from "./planner/names";
import { parseHeaderFlags } from "./read-back";
import { SourceValue, isNumber, isText } from "./sources";

/** Rows in an Excel worksheet. */
export const SHEET_ROWS = 1_048_576;

export interface SnapshotInput {
  /** The score sheet's account ids and scores, table rows in order. */
  readonly ids: readonly SourceValue[];
  readonly scores: readonly SourceValue[];
  /** Each table row's points, metric order (the points columns); missing rows count as blank. */
  readonly points: readonly (readonly SourceValue[])[];
  /** The metrics' names in the score sheet's panel now, metric order. */
  readonly metricNames: readonly SourceValue[];
  /**
   * The paired history sheet: last used rows (0 when empty) in A:C and F:H, and row 1 from J
   * rightwards; `undefined` when the score sheet has no paired history sheet.
   */
  readonly history?: {
    readonly lastRowAC: number;
    readonly lastRowFH: number;
    readonly pointsHeader: readonly SourceValue[];
  };
  /** Excel serial, local time truncated to the minute. */
  readonly timestamp: number;
}

/** A cell's new content: a number, a text, or `null` for a cell left blank. */
export type SnapshotValue = string | number | null;

/** One rectangle of the history sheet: its values (row-major), or a number format. */
export type SnapshotWrite =
  | { readonly rect: Rect; readonly values: readonly (readonly SnapshotValue[])[] }
  | { readonly rect: Rect; readonly numberFormat: string };

export type SnapshotPlan =
  | {
      readonly ok: true;
      /** Accounts recorded. */
      readonly rows: number;
      /** In order: snapshot rows, their timestamps' format, points, new headers, index row. */
      readonly writes: readonly SnapshotWrite[];
    }
  | {
      readonly ok: false;
      readonly reason: "noHistory" | "noScores" | "full" | "noColumns";
      /** For "full": the rows needed and the rows still free. */
      readonly needed?: number;
      readonly free?: number;
    };

/** The distinct columns as runs of adjacent ones, left to right. */
function columnRuns(columns: readonly (number | undefined)[]): Span[] {
  const sorted = [...new Set(columns.filter((c): c is number => c !== undefined))].sort(
    (a, b) => a - b
  );
  const runs: Span[] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.last === c - 1) runs[runs.length - 1] = { first: run.first, last: c };
    else runs.push({ first: c, last: c });
  }
  return runs;
}

/** The first row below a block whose header sits in row 1. */
const below = (lastRow: number): number => Math.max(lastRow, 1) + 1;

/**
 * How Excel's MATCH compares texts (case-insensitively), so a Snapshot picks the column the
 * score sheet's lookup of the same name finds.
 */
const sameName = (a: string, b: SourceValue): boolean =>
  isText(b) && a.toLowerCase() === b.toLowerCase();

/**
 * The history column of each metric (undefined when its panel name is not a text, so it cannot
 * head a column) and the new headers: an existing header is reused, the first one when a name
 * heads two columns; a new name takes the next column after the last used one.
 */
function pointsColumns(
  names: readonly SourceValue[],
  header: readonly SourceValue[]
): { columns: (number | undefined)[]; added: string[] } {
  const used = header.reduce<number>((last, v, i) => (v === null || v === "" ? last : i + 1), 0);
  const added: string[] = [];
  const columns = names.map((name) => {
    if (!isText(name) || name.trim() === "") return undefined;
    const existing = header.findIndex((h) => sameName(name, h));
    if (existing >= 0) return HISTORY.firstPoints + existing;
    const again = added.findIndex((h) => sameName(name, h));
    if (again >= 0) return HISTORY.firstPoints + used + again;
    added.push(name);
    return HISTORY.firstPoints + used + added.length - 1;
  });
  return { columns, added };
}

export function planSnapshot(input: SnapshotInput): SnapshotPlan {
  const history = input.history;
  if (!history) return { ok: false, reason: "noHistory" };
  const kept: number[] = [];
  input.scores.forEach((score, i) => {
    const id = input.ids[i];
    // An id that is an error cannot be matched by the trend formula, so its row is useless.
    if (isNumber(score) && (isNumber(id) || isText(id))) kept.push(i);
  });
  if (kept.length === 0) return { ok: false, reason: "noScores" };
  const firstRow = below(history.lastRowAC);
  const indexRow = below(history.lastRowFH);
  const free = Math.max(0, SHEET_ROWS - firstRow + 1);
  if (kept.length > free || indexRow > SHEET_ROWS)
    return { ok: false, reason: "full", needed: kept.length, free };
  const { columns, added } = pointsColumns(input.metricNames, history.pointsHeader);
  const last = Math.max(0, ...columns.map((c) => c ?? 0));
  if (last > HISTORY.lastPoints) return { ok: false, reason: "noColumns" };

  const lastRow = firstRow + kept.length - 1;
  const rows = (left: number, right: number): Rect => ({
    top: firstRow,
    left,
    bottom: lastRow,
    right,
  });
  const writes: SnapshotWrite[] = [
    {
      rect: rows(HISTORY.snapshot, HISTORY.score),
      values: kept.map((i) => [
        input.timestamp,
        input.ids[i] as string | number,
        input.scores[i] as number,
      ]),
    },
    { rect: rows(HISTORY.snapshot, HISTORY.snapshot), numberFormat: TIMESTAMP_FORMAT },
  ];
  // One rectangle per run of adjacent columns, so the columns of metrics no longer on the
  // sheet between them are not written.
  for (const run of columnRuns(columns))
    writes.push({
      rect: rows(run.first, run.last),
      values: kept.map((i) =>
        Array.from({ length: run.last - run.first + 1 }, (_, d) => {
          // Two metrics of one name: the first in metric order is recorded.
          const v = input.points[i]?.[columns.indexOf(run.first + d)];
          return isNumber(v) ? v : null;
        })
      ),
    });
  if (added.length > 0) {
    const left = last - added.length + 1;
    writes.push({ rect: { top: 1, left, bottom: 1, right: last }, values: [added] });
  }
  const index: Rect = {
    top: indexRow,
    left: HISTORY.indexSnapshot,
    bottom: indexRow,
    right: HISTORY.indexRows,
  };
  writes.push(
    { rect: index, values: [[input.timestamp, firstRow, kept.length]] },
    { rect: { ...index, right: index.left }, numberFormat: TIMESTAMP_FORMAT }
  );
  return { ok: true, rows: kept.length, writes };
}

/**
 * What a Snapshot needs to know of a score sheet, from its hidden names ("Ownership and Rebuild").
 */
export interface ScoreSheetIdentity {
  readonly buildId: string;
  /**
   * Where the table's columns may sit (trend source `snapshots`): this version's layout, then
   * that of a sheet built while the table had raw-value columns, until it is rebuilt.
   * tableLayout picks the one whose score column is headed "Score".
   */
  readonly layouts: readonly Layout[];
  /**
   * Where the panel's label column may sit: each of those layouts, then each as built before
   * Main change and Points change (two table columns fewer), until the sheet is rebuilt.
   */
  readonly panelLabels: readonly number[];
  readonly locale: Locale;
  /** The formula the paired history sheet's `CSMetrics_Owner` carries. */
  readonly historyMarker: string;
}

/**
 * The identity of a score sheet from the formulas of its `CSMetrics_Owner` and
 * `CSMetrics_Headers` names as Office.js returns them (`="…"`); `undefined` if either is not
 * this add-in's.
 */
export function scoreSheetIdentity(
  ownerFormula: string | undefined,
  headersFormula: string | undefined
): ScoreSheetIdentity | undefined {
  const owner = /^="cs-metrics:health-score:v1:([0-9a-f]{12})"$/.exec(ownerFormula ?? "");
  const headers = /^="(.*)"$/.exec(headersFormula ?? "");
  if (!owner || !headers) return undefined;
  const flags = parseHeaderFlags(headers[1]);
  if (flags.metrics.length === 0 || !flags.locale || !LOCALES.includes(flags.locale))
    return undefined;
  const buildId = owner[1];
  const metrics = flags.metrics.length;
  const layoutsFor = (trend: "snapshots" | "column") => {
    const l = layout(0, metrics, trend, flags.revenue !== undefined, flags.outcome !== undefined);
    return [l, withColumnsBeforeComponents(l, metrics)];
  };
  // Only a sheet built with trend source snapshots has a history sheet to append to.
  const layouts = layoutsFor("snapshots");
  return {
    buildId,
    layouts,
    panelLabels: [...layouts, ...layoutsFor("column")].map((l) => l.labels),
    locale: flags.locale,
    historyMarker: `=${text(marker("health-history", buildId))}`,
  };
}

/**
 * The layout of the score sheet's table from its header row (`row`, from column A): the first
 * candidate whose score column is headed "Score" in the sheet's language, else this version's.
 */
export function tableLayout(identity: ScoreSheetIdentity, row: readonly SourceValue[]): Layout {
  const score = OUTPUT_STRINGS[identity.locale].score;
  return identity.layouts.find((l) => row[l.score - 1] === score) ?? identity.layouts[0];
}

/**
 * The metrics' current names from the score sheet's panel row 6 (`row`, from column A): right
 * of the label column that says "Metric" in the sheet's language; none when neither holds it.
 */
export function currentMetricNames(
  identity: ScoreSheetIdentity,
  row: readonly SourceValue[]
): SourceValue[] {
  const label = OUTPUT_STRINGS[identity.locale].metric;
  const labels = identity.panelLabels.find((q0) => row[q0 - 1] === label);
  if (labels === undefined) return [];
  return Array.from({ length: identity.layouts[0].metrics }, (_, k) => row[labels + k] ?? null);
}
