/**
 * A1 addresses: parsing "A1", "A1:C3", "A:A", "2:5", sheet-qualified forms ("'My Sheet'!B2:B9"),
 * and formatting them the way Office.js reports `Range.address`. Rows and columns count from 0.
 */
import { columnLetters as lettersOf, columnNumber, sheetPrefix } from "../../src/health-score/a1";

export { MAX_COLUMNS, MAX_ROWS } from "../../src/formula/values";
import { MAX_COLUMNS, MAX_ROWS } from "../../src/formula/values";

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const rectRows = (r: Rect): number => r.bottom - r.top + 1;
export const rectColumns = (r: Rect): number => r.right - r.left + 1;
export const rectCells = (r: Rect): number => rectRows(r) * rectColumns(r);

export const contains = (r: Rect, row: number, column: number): boolean =>
  row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : undefined;
}

/** `a` minus `b`, as up to four rectangles (bands above and below, then sides). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const parts: Rect[] = [];
  if (a.top < cut.top) parts.push({ ...a, bottom: cut.top - 1 });
  if (cut.bottom < a.bottom) parts.push({ ...a, top: cut.bottom + 1 });
  if (a.left < cut.left) parts.push({ ...cut, left: a.left, right: cut.left - 1 });
  if (cut.right < a.right) parts.push({ ...cut, left: cut.right + 1, right: a.right });
  return parts;
}

/** 0 → A, 26 → AA. */
export const columnLetters = (column: number): string => lettersOf(column + 1);

/** A → 0; -1 when `letters` is not a column within XFD. */
export const columnIndex = (letters: string): number => (columnNumber(letters) ?? 0) - 1;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  row?: number;
  column?: number;
}

function corner(text: string): Corner | undefined {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

const inSheet = (r: Rect): boolean =>
  r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS;

/** Parses an unqualified A1 area ("B2", "B2:C9", "A:C", "3:3"); `undefined` when malformed. */
export function parseArea(text: string): Rect | undefined {
  const [first, second = first, extra] = text.trim().split(":");
  if (extra !== undefined) return undefined;
  const a = corner(first);
  const b = corner(second);
  if (!a || !b) return undefined;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if ((a.row === undefined) !== (b.row === undefined)) return undefined;
  if ((a.column === undefined) !== (b.column === undefined)) return undefined;
  if (wholeColumns && second === first && !text.includes(":")) return undefined; // "A" alone
  if (wholeRows && !text.includes(":")) return undefined; // "3" alone
  const rect = {
    top: wholeColumns ? 0 : Math.min(a.row!, b.row!),
    bottom: wholeColumns ? MAX_ROWS - 1 : Math.max(a.row!, b.row!),
    left: wholeRows ? 0 : Math.min(a.column!, b.column!),
    right: wholeRows ? MAX_COLUMNS - 1 : Math.max(a.column!, b.column!),
  };
  return inSheet(rect) ? rect : undefined;
}

/** Splits "Sheet!A1:B2" or "'My Sheet'!A1" into sheet (unquoted) and area text. */
export function splitSheet(address: string): { sheet?: string; area: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    for (let i = 1; i < text.length; i++) {
      if (text[i] !== "'") continue;
      if (text[i + 1] === "'") {
        i++;
        continue;
      }
      if (text[i + 1] === "!") {
        return { sheet: text.slice(1, i).replace(/''/g, "'"), area: text.slice(i + 2) };
      }
      break;
    }
    return { area: text };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { area: text } : { sheet: text.slice(0, bang), area: text.slice(bang + 1) };
}

/** A sheet name as formulas and addresses write it: quoted when Excel would quote it. */
export const quoteSheet = (name: string): string => sheetPrefix(name).slice(0, -1);

/** "B2", "B2:C9", "A:A" or "3:5", as Office.js writes the area of a range. */
export function formatArea(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) {
    return `${d}${columnLetters(r.left)}:${d}${columnLetters(r.right)}`;
  }
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  const start = `${d}${columnLetters(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return start;
  return `${start}:${d}${columnLetters(r.right)}${d}${r.bottom + 1}`;
}

export const formatAddress = (sheet: string, r: Rect, absolute = false): string =>
  `${quoteSheet(sheet)}!${formatArea(r, absolute)}`;
