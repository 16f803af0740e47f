/**
 * Where a score sheet's source names (`CSMetrics_Src_Ids`, `_M1`…, `_Prev`, `_Rev`,
 * docs/health-score.md, "Ownership and Rebuild") point now: Excel keeps them on the data through
 * inserts, moves and renames, and turns them into `#REF!` (a null range) when the data is deleted.
 */
import type { ExcelContext, ExcelRange } from "./excel-surface";
import { parseAddress } from "../health-score";
import { SourceTarget } from "../health-score/read-back";
import { SheetNames } from "./read-workbook";

const SOURCE_NAME = /^CSMetrics_Src_/;

/** Queues the loads; the returned function gives the targets after the next sync. */
export function queueSourceTargets(
  context: ExcelContext,
  sheet: SheetNames
): () => Map<string, SourceTarget> {
  const names = context.workbook.worksheets.getItem(sheet.name).names;
  const ranges = [...sheet.names.keys()]
    .filter((name) => SOURCE_NAME.test(name))
    .map((name) => {
      const range = names.getItemOrNullObject(name).getRangeOrNullObject();
      range.load("address");
      return [name, range] as const;
    });
  return () => new Map(ranges.map(([name, range]) => [name, target(range)]));
}

function target(range: ExcelRange): SourceTarget {
  if (range.isNullObject) return null;
  const [area] = parseAddress(range.address) ?? [];
  return area?.sheet !== undefined && area.bottom !== undefined
    ? { ...area, sheet: area.sheet, bottom: area.bottom }
    : null;
}
