/**
 * Parses the range addresses of a config (`Accounts!A1:A301`, `'Q1 data'!$G:$G`, several areas
 * separated by commas). Pure; the hosts resolve the result against their workbook.
 */
import { columnNumber } from "./a1";

export interface Area {
  /** Undefined when the address has no sheet (the host then uses the first sheet). */
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  /** Undefined for a whole-column reference (`A:A`): the host uses the used range. */
  readonly bottom?: number;
  readonly right: number;
}

const MAX_ROW = 1_048_576;
const AREA =
  /^(?:(?:'((?:[^']|'')+)'|([^'!:,]+))!)?\$?([A-Za-z]{1,3})(?:\$?(\d+))?(?::\$?([A-Za-z]{1,3})(?:\$?(\d+))?)?$/;

/** The areas of `address`, or undefined when it does not parse. */
export function parseAddress(address: string): Area[] | undefined {
  const areas: Area[] = [];
  for (const part of splitAreas(address.trim())) {
    const area = parseArea(part.trim());
    if (!area) return undefined;
    areas.push(area);
  }
  return areas.length > 0 ? areas : undefined;
}

function parseArea(part: string): Area | undefined {
  const match = AREA.exec(part);
  if (!match) return undefined;
  const [, quoted, bare, c1, r1, c2, r2] = match;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
  const left = columnNumber(c1);
  const right = columnNumber(c2 ?? c1);
  if (left === undefined || right === undefined) return undefined;
  const wholeColumn = r1 === undefined;
  // `A1` alone, `A1:B5`, or `A:B`; mixing (`A1:B`) is not an address.
  if (wholeColumn ? r2 !== undefined || c2 === undefined : c2 !== undefined && r2 === undefined)
    return undefined;
  if (wholeColumn)
    return { sheet, top: 1, left: Math.min(left, right), right: Math.max(left, right) };
  const top = Number(r1);
  const bottom = Number(r2 ?? r1);
  if (top < 1 || bottom < 1 || top > MAX_ROW || bottom > MAX_ROW) return undefined;
  return {
    sheet,
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
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
