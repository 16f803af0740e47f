/**
 * The print set-up and helper-column outline of a planned sheet through Office.js
 * (docs/health-score.md, "Printing"): page layout (ExcelApi 1.9, which the wizard needs anyway) and
 * column groups (ExcelApi 1.10; on an older Excel the helper columns are hidden instead, which
 * prints and shows the same).
 */
import { PrintSetup, Rect, Span } from "../health-score";
import { columnLetters } from "../a1/a1";
import type { ExcelWorksheet } from "./excel-surface";

const area = (r: Rect): string =>
  `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

export function applyPrintSetup(sheet: ExcelWorksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = {
    horizontalFitToPages: print.fitToWidth,
    verticalFitToPages: print.fitToHeight,
  };
  layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.setPrintArea(print.areas.map(area).join(","));
  const page = layout.headersFooters.defaultForAllPages;
  page.centerHeader = print.header;
  page.centerFooter = print.footer;
}

/** `group`: the Excel supports ExcelApi 1.10 (Range.group, hideGroupDetails). */
export function applyColumnOutline(
  sheet: ExcelWorksheet,
  columns: readonly Span[],
  group: boolean
): void {
  for (const span of columns) {
    const range = sheet.getRange(`${columnLetters(span.first)}:${columnLetters(span.last)}`);
    if (group) {
      range.group("ByColumns");
      range.hideGroupDetails("ByColumns");
    } else range.columnHidden = true;
  }
}
