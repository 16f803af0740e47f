/**
 * The references inside a formula's text, found without a full parser: what a rename, a deleted
 * sheet or inserted rows must rewrite (Excel rewrites every formula and defined name that points
 * at the sheet). String literals and error literals are skipped; names and function names are
 * left alone.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, quoteSheet } from "./a1";

/** One end of a reference; `undefined` row/column for whole columns/rows. */
export interface RefCorner {
  row?: number;
  column?: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export interface Reference {
  /** The sheet as written (unquoted), or `undefined` for the formula's own sheet. */
  readonly sheet?: string;
  readonly start: RefCorner;
  readonly end: RefCorner;
}

/** Returns the new text of a reference, or `undefined` to keep it as written. */
export type RefRewriter = (ref: Reference) => string | undefined;

const WORD_CHAR = /[A-Za-z0-9_.$\\\u00C0-\uFFFF]/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function parseCorner(text: string): RefCorner | undefined {
  const cell = CELL.exec(text);
  if (cell) {
    const row = Number(cell[4]) - 1;
    const column = columnIndex(cell[2]);
    if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return undefined;
    return { row, column, columnAbsolute: cell[1] === "$", rowAbsolute: cell[3] === "$" };
  }
  const column = COLUMN.exec(text);
  if (column && columnIndex(column[2]) < MAX_COLUMNS) {
    return {
      column: columnIndex(column[2]),
      columnAbsolute: column[1] === "$",
      rowAbsolute: false,
    };
  }
  const row = ROW.exec(text);
  if (row && Number(row[2]) >= 1 && Number(row[2]) <= MAX_ROWS) {
    return { row: Number(row[2]) - 1, rowAbsolute: row[1] === "$", columnAbsolute: false };
  }
  return undefined;
}

const kind = (c: RefCorner): string =>
  c.row !== undefined && c.column !== undefined ? "cell" : c.row !== undefined ? "row" : "column";

export function formatCorner(c: RefCorner): string {
  const column =
    c.column === undefined ? "" : `${c.columnAbsolute ? "$" : ""}${columnLetters(c.column)}`;
  const row = c.row === undefined ? "" : `${c.rowAbsolute ? "$" : ""}${c.row + 1}`;
  return column + row;
}

/** Writes a reference back as text (with its sheet prefix, quoted when needed). */
export function formatReference(ref: Reference): string {
  const prefix = ref.sheet === undefined ? "" : `${quoteSheet(ref.sheet)}!`;
  const start = formatCorner(ref.start);
  const single = kind(ref.start) === "cell" && ref.start === ref.end;
  return single ? prefix + start : `${prefix}${start}:${formatCorner(ref.end)}`;
}

function readWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && WORD_CHAR.test(text[i])) i++;
  return i;
}

/** Skips a quoted run starting at `from` (`quote` doubled inside); returns the index after it. */
function skipQuoted(text: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** Reads `A1`, `A1:B2`, `A:B` or `1:2` at `from`; `undefined` if none is there. */
function readArea(
  text: string,
  from: number
): { start: RefCorner; end: RefCorner; next: number } | undefined {
  const firstEnd = readWord(text, from);
  const start = parseCorner(text.slice(from, firstEnd));
  if (!start || text[firstEnd] === "(" || text[firstEnd] === "!") return undefined;
  if (text[firstEnd] === ":") {
    const secondEnd = readWord(text, firstEnd + 1);
    const end = parseCorner(text.slice(firstEnd + 1, secondEnd));
    if (end && kind(end) === kind(start) && text[secondEnd] !== "(") {
      return { start, end, next: secondEnd };
    }
  }
  return kind(start) === "cell" ? { start, end: start, next: firstEnd } : undefined;
}

/** Rewrites every reference of `formula` through `rewrite`. */
export function rewriteReferences(formula: string, rewrite: RefRewriter): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = skipQuoted(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "#") {
      const match = /^#[A-Za-z0-9/]+[!?]?/.exec(formula.slice(i));
      const end = i + (match ? match[0].length : 1);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch !== "'" && !WORD_CHAR.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let sheet: string | undefined;
    let areaStart = i;
    if (ch === "'") {
      const end = skipQuoted(formula, i, "'");
      if (formula[end] !== "!") {
        out += formula.slice(i, end);
        i = end;
        continue;
      }
      sheet = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      areaStart = end + 1;
    } else {
      const wordEnd = readWord(formula, i);
      if (formula[wordEnd] === "!") {
        sheet = formula.slice(i, wordEnd);
        areaStart = wordEnd + 1;
      }
    }
    const area = readArea(formula, areaStart);
    if (!area) {
      const end = sheet === undefined ? readWord(formula, i) : areaStart;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const original = formula.slice(i, area.next);
    out += rewrite({ sheet, start: area.start, end: area.end }) ?? original;
    i = area.next;
  }
  return out;
}

/** The sheets a formula refers to by name (unquoted). */
export function referencedSheets(formula: string): Set<string> {
  const sheets = new Set<string>();
  rewriteReferences(formula, (ref) => {
    if (ref.sheet !== undefined) sheets.add(ref.sheet);
    return undefined;
  });
  return sheets;
}
