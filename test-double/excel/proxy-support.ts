/**
 * What the proxies share: a deleted sheet fails, a property of a range reads as one value or
 * null, colours read back as Excel writes them.
 */
import { Rect } from "./a1";
import { richApiError } from "./errors";
import { SheetModel } from "./model";
import { RangeTarget } from "./range-writes";

/** One value when every cell agrees, else null (as Office.js reports mixed formats). */
export function uniform<T>(rect: Rect, cell: (row: number, column: number) => T): T | null {
  const first = cell(rect.top, rect.left);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (cell(r, c) !== first) return null;
  }
  return first;
}

export function checkLive(sheet: SheetModel): SheetModel {
  if (sheet.deleted)
    throw richApiError("ItemNotFound", `the worksheet '${sheet.name}' was deleted`);
  return sheet;
}

export function live(t: RangeTarget): RangeTarget {
  checkLive(t.sheet);
  return t;
}

export const colour = (v: string): string => (v.startsWith("#") ? v.toUpperCase() : v);
