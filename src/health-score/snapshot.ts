/**
 * What a Snapshot appends to the history sheet (spec §6), decided from values the edge read:
 * the accounts with a numeric score in table order, stamped with one timestamp, below the last
 * used row of A:C, and one index row (snapshot, first row, rows) below the last used row of F:H.
 * Earlier rows are never edited.
 */
import { text } from "./a1";
import { LOCALES, Locale } from "./config";
import { layout } from "./planner/layout";
import { marker } from "./planner/names";
import { SourceValue, isNumber, isText } from "./sources";

/** Rows in an Excel worksheet. */
export const SHEET_ROWS = 1_048_576;

export interface SnapshotInput {
  /** The score sheet's account ids and scores, table rows in order. */
  readonly ids: readonly SourceValue[];
  readonly scores: readonly SourceValue[];
  /**
   * The paired history sheet's last used rows (0 when empty) in A:C and F:H; `undefined` when
   * the score sheet has no paired history sheet.
   */
  readonly history?: { readonly lastRowAC: number; readonly lastRowFH: number };
  /** Excel serial, local time truncated to the minute. */
  readonly timestamp: number;
}

export type SnapshotRow = readonly [timestamp: number, id: string | number, score: number];

export type SnapshotPlan =
  | {
      readonly ok: true;
      /** First history row written in A:C. */
      readonly firstRow: number;
      readonly rows: readonly SnapshotRow[];
      /** Row of the index block F:H and its values: snapshot, first row, rows. */
      readonly indexRow: number;
      readonly index: readonly [number, number, number];
    }
  | {
      readonly ok: false;
      readonly reason: "noHistory" | "noScores" | "full";
      /** For "full": the rows needed and the rows still free. */
      readonly needed?: number;
      readonly free?: number;
    };

/** The first row below a block whose header sits in row 1. */
const below = (lastRow: number): number => Math.max(lastRow, 1) + 1;

export function planSnapshot(input: SnapshotInput): SnapshotPlan {
  if (!input.history) return { ok: false, reason: "noHistory" };
  const rows: SnapshotRow[] = [];
  input.scores.forEach((score, i) => {
    const id = input.ids[i];
    // An id that is an error cannot be matched by the trend formula, so its row is useless.
    if (isNumber(score) && (isNumber(id) || isText(id))) rows.push([input.timestamp, id, score]);
  });
  if (rows.length === 0) return { ok: false, reason: "noScores" };
  const firstRow = below(input.history.lastRowAC);
  const indexRow = below(input.history.lastRowFH);
  const free = Math.max(0, SHEET_ROWS - firstRow + 1);
  if (rows.length > free || indexRow > SHEET_ROWS)
    return { ok: false, reason: "full", needed: rows.length, free };
  return {
    ok: true,
    firstRow,
    rows,
    indexRow,
    index: [input.timestamp, firstRow, rows.length],
  };
}

/** What a Snapshot needs to know of a score sheet, from its hidden names (§7). */
export interface ScoreSheetIdentity {
  readonly buildId: string;
  /** 1-based column of Score in the account table. */
  readonly scoreColumn: number;
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
  const flags = headers[1].split(";").map((part) => part.split("="));
  const metrics = flags.filter(([key]) => /^m\d+$/.test(key)).length;
  const locale = flags.find(([key]) => key === "locale")?.[1];
  if (metrics === 0 || !LOCALES.includes(locale as Locale)) return undefined;
  const buildId = owner[1];
  return {
    buildId,
    scoreColumn: layout(0, metrics, "none", false).score,
    locale: locale as Locale,
    historyMarker: `=${text(marker("health-history", buildId))}`,
  };
}
