/**
 * Resolves the config's addresses against a workbook's cells (any host that can read a cell),
 * giving the `ranges` of PlanSources. Whole columns are cut at the sheet's last used row
 * (docs/health-score.md, "Inputs and settings").
 */
import { parseAddress } from "./address";
import { HealthScoreConfig } from "./config";
import { ResolvedRange, SourceValue } from "./sources";

export interface SheetCells {
  readonly name: string;
  /** Last row with content (0 when empty). */
  readonly lastRow: number;
  readonly value: (row: number, column: number) => SourceValue;
}

/** Every address the config uses. */
export function configAddresses(config: HealthScoreConfig): string[] {
  const choices = [
    config.ids,
    ...(config.metrics ?? []),
    config.previousScore,
    config.revenue,
    config.outcome,
  ];
  return choices.flatMap((c) => (c ? [c.range] : []));
}

/** The sheet an address reads: its own sheet (any case) or, unqualified, the first sheet. */
function sheetOf<S extends { readonly name: string }>(
  sheet: string | undefined,
  sheets: readonly S[]
): S | undefined {
  return sheet === undefined
    ? sheets[0]
    : sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
}

/** The sheets resolveRanges will read cells of, so a host can load just those beforehand. */
export function configSheets(
  config: HealthScoreConfig,
  sheets: readonly { readonly name: string }[]
): string[] {
  const names = configAddresses(config).flatMap((address) => {
    const areas = parseAddress(address);
    const sheet = areas && sheetOf(areas[0].sheet, sheets);
    return sheet ? [sheet.name] : [];
  });
  return [...new Set(names)];
}

/**
 * `undefined` for an address that does not parse (a config error for the host to report);
 * `"deleted"` when its sheet does not exist (E19).
 */
export function resolveRange(
  address: string,
  sheets: readonly SheetCells[]
): ResolvedRange | undefined {
  const areas = parseAddress(address);
  if (!areas) return undefined;
  const [first] = areas;
  const sheet = sheetOf(first.sheet, sheets);
  if (!sheet) return "deleted";
  const wholeColumn = first.bottom === undefined;
  const bottom = first.bottom ?? Math.max(sheet.lastRow, first.top);
  const values: SourceValue[] = [];
  for (let row = first.top; row <= bottom; row++) values.push(sheet.value(row, first.left));
  return {
    sheet: sheet.name,
    top: first.top,
    left: first.left,
    rows: bottom - first.top + 1,
    columns: first.right - first.left + 1,
    areas: areas.length,
    values,
    wholeColumn,
  };
}

export function resolveRanges(
  config: HealthScoreConfig,
  sheets: readonly SheetCells[]
): Map<string, ResolvedRange> {
  const ranges = new Map<string, ResolvedRange>();
  for (const address of configAddresses(config)) {
    const resolved = resolveRange(address, sheets);
    if (resolved !== undefined) ranges.set(address, resolved);
  }
  return ranges;
}
