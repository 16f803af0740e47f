/**
 * A1 notation, the one place that reads and writes it: column letters, cells (`$B$2`), areas
 * (`B2:C9`, whole columns `A:C`, whole rows `3:5`), sheet prefixes (`'Q1 data'!`) and lists of
 * areas. Rows and columns count from 1, as Excel numbers them; the Office.js side, which counts
 * from 0, converts where it meets Office.js (test-double/excel/a1.ts, src/share's cell writes).
 */

/** Rows and columns of an Excel sheet (1,048,576 × 16,384, XFD1048576 the last cell). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Whether an area was written as cells (`A1:B5`), whole columns (`A:B`) or whole rows (`1:5`). */
export type AreaForm = "cells" | "columns" | "rows";

/** A parsed area: its rectangle and how it was written. */
export interface A1Area extends Rect {
  readonly form: AreaForm;
}

/** A cell reference with its `$` anchors. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
  readonly absRow: boolean;
  readonly absColumn: boolean;
}

/** One coordinate of a whole-column or whole-row reference (`$C`, `7`). */
export interface LineRef {
  readonly n: number;
  readonly abs: boolean;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return letters;
}

/** AA → 27; undefined when `letters` is not a column within XFD. */
export function columnNumber(letters: string): number | undefined {
  const end = lettersEnd(letters, 0);
  if (end === 0 || end !== letters.length) return undefined;
  return lettersValue(letters, 0, end);
}

/** `B2`, `$B$2`, `$B2` (absolute column), `B$2` (absolute row). */
export function cell(row: number, column: number, abs: "" | "$$" | "$col" | "$row" = ""): string {
  const col = (abs === "$$" || abs === "$col" ? "$" : "") + columnLetters(column);
  return col + (abs === "$$" || abs === "$row" ? "$" : "") + row;
}

/** `$B$2:$B$301`. */
export const absRange = (top: number, left: number, bottom: number, right = left): string =>
  `${cell(top, left, "$$")}:${cell(bottom, right, "$$")}`;

/**
 * `B2` or `$B$2` (any letter case) → its row, column and anchors; undefined for anything else,
 * a row outside 1…1,048,576 or a column past XFD included. Hand-scanned, no regex: the file
 * readers call it once per cell.
 */
export function parseCell(text: string): CellRef | undefined {
  let i = 0;
  const absColumn = text.charCodeAt(i) === 0x24; // $
  if (absColumn) i++;
  const start = i;
  i = lettersEnd(text, i);
  if (i === start) return undefined;
  const column = lettersValue(text, start, i);
  if (column === undefined) return undefined;
  const absRow = text.charCodeAt(i) === 0x24;
  if (absRow) i++;
  const row = digitsValue(text, i);
  return row === undefined ? undefined : { row, column, absRow, absColumn };
}

/** `C` or `$C`, one end of a whole-column reference. */
export function parseColumn(text: string): LineRef | undefined {
  const abs = text.startsWith("$");
  const n = columnNumber(abs ? text.slice(1) : text);
  return n === undefined ? undefined : { n, abs };
}

/** `7` or `$7`, one end of a whole-row reference. */
export function parseRow(text: string): LineRef | undefined {
  const abs = text.startsWith("$");
  const n = digitsValue(text, abs ? 1 : 0);
  return n === undefined ? undefined : { n, abs };
}

/**
 * An area without sheet: `B2`, `B2:C9`, `A:C`, `3:5` (`$` anchors allowed, corners in any
 * order); undefined when malformed. A lone column (`A`) or row (`3`) is not an area.
 */
export function parseArea(text: string): A1Area | undefined {
  const parts = text.trim().split(":");
  if (parts.length > 2) return undefined;
  const [first, second] = parts;
  const a = parseCell(first);
  if (a) {
    const b = second === undefined ? a : parseCell(second);
    return b && ordered(a.row, a.column, b.row, b.column, "cells");
  }
  if (second === undefined) return undefined;
  const [c1, c2] = [parseColumn(first), parseColumn(second)];
  if (c1 && c2) return ordered(1, c1.n, MAX_ROWS, c2.n, "columns");
  const [r1, r2] = [parseRow(first), parseRow(second)];
  if (r1 && r2) return ordered(r1.n, 1, r2.n, MAX_COLUMNS, "rows");
  return undefined;
}

/** How Office.js reports a rectangle: whole columns and whole rows in their short form. */
export const formOf = (r: Rect): AreaForm =>
  r.top === 1 && r.bottom === MAX_ROWS
    ? "columns"
    : r.left === 1 && r.right === MAX_COLUMNS
      ? "rows"
      : "cells";

/** `B2`, `B2:C9`, `A:C` or `3:5` (with `$` anchors when `absolute`). */
export function formatArea(r: Rect, form: AreaForm = formOf(r), absolute = false): string {
  const d = absolute ? "$" : "";
  if (form === "columns") return `${d}${columnLetters(r.left)}:${d}${columnLetters(r.right)}`;
  if (form === "rows") return `${d}${r.top}:${d}${r.bottom}`;
  const start = cell(r.top, r.left, absolute ? "$$" : "");
  if (r.top === r.bottom && r.left === r.right) return start;
  return `${start}:${cell(r.bottom, r.right, absolute ? "$$" : "")}`;
}

/**
 * Whether a sheet name must be quoted in a reference: anything but a letter or `_` followed by
 * word characters, and names that read as a cell (`AB12`) or an R1C1 reference (`R2C3`).
 */
function needsQuotes(sheet: string): boolean {
  return (
    !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(sheet) ||
    /^[Rr]([0-9]+)?([Cc]([0-9]+)?)?$/.test(sheet)
  );
}

/** A sheet name as references write it: `Accounts` or `'Q1 data'` (inner `'` doubled). */
export const quoteSheet = (sheet: string): string =>
  needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;

/** Sheet prefix for a reference: `Accounts!` or `'Q1 data'!`. */
export const sheetPrefix = (sheet: string): string => `${quoteSheet(sheet)}!`;

/** `'Q1 data'!B2:B9` for a sheet and a rectangle (short forms as in formatArea). */
export const formatAddress = (sheet: string, r: Rect, form?: AreaForm, absolute = false): string =>
  sheetPrefix(sheet) + formatArea(r, form ?? formOf(r), absolute);

/**
 * Splits `Sheet!A1:B2` or `'My Sheet'!A1` into the sheet (unquoted, `''` undone) and the area
 * text; undefined when the prefix is malformed (an unclosed quote, an empty name, a bare name
 * with a quote or a colon).
 */
export function splitSheet(address: string): { sheet?: string; area: string } | undefined {
  const text = address.trim();
  if (text.startsWith("'")) {
    for (let i = 1; i < text.length; i++) {
      if (text[i] !== "'") continue;
      if (text[i + 1] === "'") {
        i++;
        continue;
      }
      if (text[i + 1] !== "!" || i === 1) return undefined;
      return { sheet: text.slice(1, i).replace(/''/g, "'"), area: text.slice(i + 2) };
    }
    return undefined;
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { area: text };
  const sheet = text.slice(0, bang);
  if (sheet === "" || /['!:]/.test(sheet)) return undefined;
  return { sheet, area: text.slice(bang + 1) };
}

/** Splits a list of areas (`A1:A5,'a,b'!C1`) on the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Index after the run of up to four ASCII letters starting at `from`. */
function lettersEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 4 && isLetter(text.charCodeAt(i))) i++;
  return i;
}

const isLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** The column number of letters `from`…`to`; undefined past XFD or for four letters. */
function lettersValue(text: string, from: number, to: number): number | undefined {
  if (to - from > 3) return undefined;
  let n = 0;
  for (let i = from; i < to; i++) n = n * 26 + ((text.charCodeAt(i) | 0x20) - 0x60);
  return n <= MAX_COLUMNS ? n : undefined;
}

/** The row number written from `from` to the end (digits only); undefined outside 1…MAX_ROWS. */
function digitsValue(text: string, from: number): number | undefined {
  if (from >= text.length) return undefined;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
    if (n > MAX_ROWS) return undefined;
  }
  return n >= 1 ? n : undefined;
}

function ordered(t: number, l: number, b: number, r: number, form: AreaForm): A1Area {
  return {
    top: Math.min(t, b),
    left: Math.min(l, r),
    bottom: Math.max(t, b),
    right: Math.max(l, r),
    form,
  };
}
