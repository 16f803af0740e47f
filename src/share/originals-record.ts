/**
 * The record of every cell Make shareable changed (docs/share.md, "In the task pane"), kept in the
 * add-in's very hidden sheet `CSMetrics_Originals` so Restore works after the workbook is closed
 * and opened: one row per cell with its sheet, address, original formula, rule, what Share wrote
 * and when. Every cell of the record is text (the sheet's columns are formatted "@"), so a formula
 * or a number is kept exactly as it was read.
 */
import { ShareRule } from "./share-report";
import { parseCell } from "../a1/a1";
import { CellValue, CellWrite, a1 } from "./share-plan";

export const RECORD_SHEET = "CSMetrics_Originals";
/** The first row: a version marker, then the column titles. */
export const RECORD_HEADER = [
  "CSMetrics_Originals v1",
  "Address",
  "Original formula",
  "Rule",
  "Written",
  "Date",
] as const;
export const RECORD_COLUMNS = RECORD_HEADER.length;

export interface RecordEntry {
  readonly sheet: string;
  /** 0-based cell position. */
  readonly row: number;
  readonly column: number;
  /** `Range.formulas` before Share ("" for a cell a spilled result covered). */
  readonly original: string;
  readonly rule: Exclude<ShareRule, "kept">;
  /** What `Range.formulas` reads while the cell is as Share left it. */
  readonly written: CellValue;
  /** ISO 8601 time of the conversion. */
  readonly date: string;
}

/** The entries of the writes of one conversion. */
export const entriesOf = (
  writes: readonly (CellWrite & { readonly rule: RecordEntry["rule"] })[],
  date: string
): RecordEntry[] =>
  writes.map((w) => ({
    sheet: w.sheet,
    row: w.row,
    column: w.column,
    original: w.original,
    rule: w.rule,
    written: w.written,
    date,
  }));

/** One record row (texts only). `Written` is JSON, so a number stays a number on the way back. */
export const recordRow = (e: RecordEntry): string[] => [
  e.sheet,
  a1(e.row, e.column),
  e.original,
  e.rule,
  JSON.stringify(e.written),
  e.date,
];

/** A record's address (`D4`) as 0-based row and column. */
function position(address: string): { row: number; column: number } | undefined {
  const at = parseCell(address);
  return at && { row: at.row - 1, column: at.column - 1 };
}

function parseWritten(text: string): CellValue | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entries of a record sheet's rows (`Range.values` of its used range, header first), and
 * the rows that could not be read (someone edited the record): those are never acted on.
 */
export function parseRecord(rows: readonly (readonly unknown[])[]): {
  readonly entries: RecordEntry[];
  readonly unreadable: number[];
} {
  const entries: RecordEntry[] = [];
  const unreadable: number[] = [];
  rows.forEach((row, i) => {
    if (i === 0 || row.every((c) => c === "" || c === null)) return;
    const [sheet, address, original, rule, written, date] = row.map((c) => String(c ?? ""));
    const at = position(address);
    const value = parseWritten(written);
    if (!sheet || !at || (rule !== "native" && rule !== "value") || value === undefined) {
      unreadable.push(i + 1);
      return;
    }
    entries.push({ sheet, ...at, original, rule, written: value, date });
  });
  return { entries, unreadable };
}

/** The record's first row is ours (a sheet of that name someone else made is never used). */
export const isRecordHeader = (row: readonly unknown[] | undefined): boolean =>
  row?.[0] === RECORD_HEADER[0];

export type RestoreState = "restore" | "back" | "edited";

/**
 * What Restore does with one entry given the cell's `Range.formulas` now: put the original back
 * when the cell is as Share left it, nothing when it already holds its original (a read-back
 * that differed, or an earlier Restore), and list it when the user changed it since.
 */
export function restoreState(entry: RecordEntry, current: unknown): RestoreState {
  if (current === entry.original) return "back";
  return current === entry.written ? "restore" : "edited";
}
