/**
 * Share's reader (docs/share.md, "In the task pane"): every worksheet's used-range formulas and
 * values in chunks under the 5 MB limit, which sheets are protected, defined names calling CS, and
 * the record of an earlier Make shareable. The add-in's own sheets (health score, history: already
 * native) and the record sheet are skipped. Reads only.
 */
import type { ExcelContext, ExcelNamedItemCollection, ExcelRange } from "./excel-surface";
import { NATIVE_TABLE } from "../native/native-table";
import { RECORD_SHEET } from "../share/originals-record";
import { MAY_CALL_CS } from "../share/cs-calls";
import { CellValue, PlannedCell, ReadCell, planCell, planName } from "../share/share-plan";
import { ShareCheck } from "../wizard/share-port";
import { ShareOutcome } from "../share/share-report";
import { Progress } from "../wizard/workbook-port";
import { Cancelled } from "./write-sync";
import { readBlock } from "./read-blocks";
import { ownedSheets, readWorkbook } from "./read-workbook";

/** Most cells a spilled result covers in its row. */
const SPILL = Math.max(1, ...[...NATIVE_TABLE.values()].map((e) => e.spill ?? 1));

export interface ShareRead {
  readonly check: ShareCheck;
  /** The cells to convert, with their writes (protected and kept cells have none). */
  readonly planned: readonly PlannedCell[];
  readonly syncs: number;
}

interface SheetInfo {
  readonly name: string;
  readonly protected: boolean;
  readonly used: ExcelRange;
  readonly names: ExcelNamedItemCollection;
}

export async function readShare(
  context: ExcelContext,
  progress: Progress,
  recorded: ReadonlyMap<string, number> = new Map()
): Promise<ShareRead> {
  const owned = new Set(ownedSheets((await readWorkbook(context)).sheets).map((o) => o.sheet.name));
  const worksheets = context.workbook.worksheets.load("items/name, items/protection/protected");
  await context.sync();
  const sheets: SheetInfo[] = worksheets.items
    .filter((s) => !owned.has(s.name) && s.name !== RECORD_SHEET)
    .map((s) => ({
      name: s.name,
      protected: s.protection.protected,
      used: s.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"),
      names: s.names.load("items/name, items/formula"),
    }));
  const workbookNames = context.workbook.names?.load("items/name, items/formula");
  await context.sync();
  let syncs = 4;

  const outcomes: ShareOutcome[] = [];
  const planned: PlannedCell[] = [];
  for (const item of workbookNames?.items ?? []) {
    const o = planName(item.name, item.formula, undefined);
    if (o) outcomes.push(o);
  }
  const total = sheets.length;
  for (const [i, sheet] of sheets.entries()) {
    for (const item of sheet.names.items) {
      const o = planName(item.name, item.formula, sheet.name);
      if (o) outcomes.push(o);
    }
    if (!sheet.used.isNullObject) {
      const { rowIndex, columnIndex, rowCount, columnCount } = sheet.used;
      const block = {
        sheet: sheet.name,
        row: rowIndex,
        column: columnIndex,
        rows: rowCount,
        columns: columnCount,
      };
      syncs += await readBlock(
        context,
        block,
        ["formulas", "values"],
        ({ row, data }) =>
          data.formulas.forEach((cells, r) =>
            cells.forEach((formula, c) => {
              if (typeof formula !== "string" || !MAY_CALL_CS.test(formula)) return;
              const values = data.values[r] as CellValue[];
              const right = Array.from({ length: SPILL - 1 }, (_, k) => ({
                formula: (cells[c + 1 + k] ?? "") as CellValue,
                value: values[c + 1 + k] ?? "",
              }));
              const cell: ReadCell = {
                row: row + r,
                column: columnIndex + c,
                formula,
                value: values[c],
                right,
              };
              const plan = planCell(sheet.name, cell, sheet.protected);
              if (!plan) return;
              outcomes.push(plan.outcome);
              if (plan.writes.length > 0) planned.push(plan);
            })
          ),
        () => {
          if (progress.cancelled()) throw new Cancelled();
        }
      );
    }
    progress.report(i + 1, total);
  }
  const protectedSheets = sheets
    .filter((s) => s.protected && outcomes.some((o) => o.sheet === s.name))
    .map((s) => s.name);
  return {
    check: { outcomes, protectedSheets, ownedSheets: [...owned], recorded },
    planned,
    syncs,
  };
}
