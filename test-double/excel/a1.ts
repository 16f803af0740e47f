/**
 * The fake's rectangles and its edge to A1 text. The model counts rows and columns from 0, as
 * Office.js does (`rowIndex`, `getCell(0, 0)`); A1 text (src/a1/a1.ts) counts from 1, and
 * parseArea and formatArea here are where the two meet.
 */
import * as a1 from "../../src/a1/a1";

export { MAX_COLUMNS, MAX_ROWS, quoteSheet, splitAreas, splitSheet } from "../../src/a1/a1";

/** A rectangle of cells, 0-based and inclusive: src/a1's Rect shifted by one. */
export type Rect = a1.Rect;

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
export const columnLetters = (column: number): string => a1.columnLetters(column + 1);

const shift = (r: Rect, by: number): Rect => ({
  top: r.top + by,
  left: r.left + by,
  bottom: r.bottom + by,
  right: r.right + by,
});

/** Parses an unqualified A1 area ("B2", "B2:C9", "A:C", "3:3"); `undefined` when malformed. */
export function parseArea(text: string): Rect | undefined {
  const area = a1.parseArea(text);
  return area && shift(area, -1);
}

/** "B2", "B2:C9", "A:A" or "3:5", as Office.js writes the area of a range. */
export const formatArea = (r: Rect, absolute = false): string =>
  a1.formatArea(shift(r, 1), undefined, absolute);

export const formatAddress = (sheet: string, r: Rect, absolute = false): string =>
  a1.formatAddress(sheet, shift(r, 1), undefined, absolute);
