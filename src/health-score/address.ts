/**
 * Parses the range addresses of a config (`Accounts!A1:A301`, `'Q1 data'!$G:$G`, several areas
 * separated by commas). Pure; the hosts resolve the result against their workbook.
 */
import { parseArea, splitAreas, splitSheet } from "../a1/a1";

export interface Area {
  /** Undefined when the address has no sheet (the host then uses the first sheet). */
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  /** Undefined for a whole-column reference (`A:A`): the host uses the used range. */
  readonly bottom?: number;
  readonly right: number;
}

/** The areas of `address`, or undefined when it does not parse. */
export function parseAddress(address: string): Area[] | undefined {
  const areas: Area[] = [];
  for (const part of splitAreas(address.trim())) {
    const area = parseSourceArea(part.trim());
    if (!area) return undefined;
    areas.push(area);
  }
  return areas.length > 0 ? areas : undefined;
}

/** A cell, a block of cells or whole columns; whole rows (`3:5`) are no source range. */
function parseSourceArea(part: string): Area | undefined {
  const split = splitSheet(part);
  const area = split && parseArea(split.area);
  if (!area || area.form === "rows") return undefined;
  const { sheet } = split;
  const { top, left, bottom, right } = area;
  return area.form === "columns"
    ? { sheet, top, left, right }
    : { sheet, top, left, bottom, right };
}
