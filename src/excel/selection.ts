/**
 * "Use current selection" (docs/health-score.md, "Inputs and settings"): the selected block's
 * sheet-qualified address, its shape and the values of its first column. A whole-column selection
 * is cut at the sheet's last used row (its address stays `Sheet!A:A`, so the config keeps meaning
 * "the whole column"). A multi-area selection keeps every area in its address
 * (`Sheet!A1:A5,Sheet!C1:C5`), so the check that reads the config's addresses again still sees the
 * areas and reports E05; its shape and values are the first area's.
 */
import { SourceRange } from "../health-score";
import { formatArea } from "../health-score/read-back";
import { SelectedRange } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { readColumns } from "./read-columns";
import { MAX_ROWS } from "../a1/a1";
import { lastUsedRow } from "./used-range";

export function readSelection(host: ExcelHost): Promise<SelectedRange> {
  return host.run(async (context) => {
    const selected = context.workbook.getSelectedRanges();
    selected.load("areaCount");
    const areas = selected.areas.load(
      "items/rowIndex, items/columnIndex, items/rowCount, items/columnCount"
    );
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
    await context.sync();
    const area = areas.items[0];
    const wholeColumn = area.rowIndex === 0 && area.rowCount === MAX_ROWS;
    const rows = wholeColumn ? Math.max(1, lastUsedRow(used)) : area.rowCount;
    const [values] = await readColumns(context, [
      { sheet: sheet.name, row: area.rowIndex, column: area.columnIndex, rows },
    ]);
    const range: SourceRange = {
      sheet: sheet.name,
      top: area.rowIndex + 1,
      left: area.columnIndex + 1,
      rows,
      columns: area.columnCount,
      areas: selected.areaCount,
      values,
      ...(wholeColumn ? { wholeColumn } : {}),
    };
    const right = range.left + range.columns - 1;
    const bottom = wholeColumn ? undefined : range.top + rows - 1;
    const others = areas.items.slice(1).map((a) =>
      formatArea({
        sheet: sheet.name,
        top: a.rowIndex + 1,
        left: a.columnIndex + 1,
        right: a.columnIndex + a.columnCount,
        bottom: a.rowIndex + a.rowCount,
      })
    );
    return { address: [formatArea({ ...range, right, bottom }), ...others].join(","), range };
  });
}
