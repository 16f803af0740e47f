/**
 * The workbook's sheets with their sheet-scoped names (docs/health-score.md, "Ownership and
 * Rebuild"): the `CSMetrics_Owner` marker text, and which names exist. Two syncs: the sheet list,
 * then every sheet's names.
 */
import type { ExcelContext, ExcelNamedItem } from "./excel-surface";
import { OWNER_NAME } from "../health-score/defined-names";
import { parseMarker, stringConstant } from "../health-score/read-back";

export interface SheetNames {
  readonly name: string;
  /** The string constant of its `CSMetrics_Owner` name, if it has one. */
  readonly marker?: string;
  /** Its sheet-scoped names, with the text of those that are string constants. */
  readonly names: ReadonlyMap<string, string | undefined>;
}

export interface Workbook {
  readonly sheets: readonly SheetNames[];
  readonly structureProtected: boolean;
}

export async function readWorkbook(context: ExcelContext): Promise<Workbook> {
  const { worksheets, protection } = context.workbook;
  worksheets.load("items/name");
  protection.load("protected");
  await context.sync();
  const collections = worksheets.items.map((sheet) =>
    sheet.names.load("items/name, items/type, items/value, items/formula")
  );
  await context.sync();
  const sheets = worksheets.items.map((sheet, i): SheetNames => {
    const names = new Map(collections[i].items.map((n) => [n.name, nameText(n)]));
    return { name: sheet.name, marker: names.get(OWNER_NAME), names };
  });
  return { sheets, structureProtected: protection.protected };
}

/** A string-constant name's text (`="…"`); Excel also reports it as a String-typed value. */
function nameText(item: ExcelNamedItem): string | undefined {
  return (
    stringConstant(item.formula) ??
    (typeof item.value === "string" && item.type === "String" ? item.value : undefined)
  );
}

/** Markers held by exactly one sheet (a copied sheet duplicates its marker: neither is owned). */
export function ownedSheets(
  sheets: readonly SheetNames[]
): { readonly sheet: SheetNames; readonly kind: "score" | "history"; readonly buildId: string }[] {
  const count = new Map<string, number>();
  for (const s of sheets) if (s.marker) count.set(s.marker, (count.get(s.marker) ?? 0) + 1);
  return sheets.flatMap((sheet) => {
    const marker = parseMarker(sheet.marker);
    return marker && count.get(sheet.marker as string) === 1 ? [{ sheet, ...marker }] : [];
  });
}
