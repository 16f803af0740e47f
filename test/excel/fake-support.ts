/** Workbooks on the Excel fake for the read-side edge tests. */
import { CellInput, createFakeExcel } from "../../playground/fake-excel";
import { ExcelHost } from "../../src/excel/excel-host";
import { DefinedName, SheetPlan } from "../../src/health-score";
import { MemorySheet } from "../health-score/fixtures";

export const asInputs = (sheet: MemorySheet) => ({
  name: sheet.name,
  cells: sheet.rows.map((row) => row.map((v): CellInput => v as CellInput)),
});

/** Adds sheet-scoped names through Office.js, as a build would (`formula` without "="). */
export function addNames(
  host: ExcelHost,
  sheet: string,
  names: readonly Pick<DefinedName, "name" | "formula">[]
): Promise<void> {
  return host.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    for (const n of names) target.names.add(n.name, `=${n.formula}`);
    await context.sync();
  });
}

/**
 * A built score sheet as far as reading goes: the plan's panel values typed into a sheet and
 * its names added (the writer itself belongs to the write side).
 */
export async function addScoreSheet(
  fake: ReturnType<typeof createFakeExcel>,
  plan: SheetPlan
): Promise<void> {
  for (const planned of plan.sheets) {
    fake.book.addSheet(planned.name);
    for (const c of planned.cells)
      if (c.value !== undefined) fake.book.setCell(planned.name, c.row - 1, c.column - 1, c.value);
    await addNames(fake.host, planned.name, planned.names);
  }
}
