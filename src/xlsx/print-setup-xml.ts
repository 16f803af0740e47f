/**
 * A planned sheet's print set-up and helper-block outline as worksheet XML and defined names
 * (docs/health-score.md, "Printing"). Each piece goes where CT_Worksheet's sequence puts it:
 * sheetPr first, the outline level in sheetFormatPr, column attributes in cols, then pageSetup and
 * headerFooter after pageMargins.
 */
import { absRange, cell, sheetPrefix } from "../a1/a1";
import { PlannedSheet, Span } from "../health-score";
import { attributes, escapeXml } from "./xml";

const within = (n: number, spans: readonly Span[]): boolean =>
  spans.some((s) => n >= s.first && n <= s.last);

/**
 * `<sheetPr>`: the summary column of a group is the label column left of it (summaryRight 0),
 * and the page set-up scales to fit (fitToPage, which makes pageSetup's fitToWidth count).
 */
export function sheetPrXml(sheet: PlannedSheet): string {
  const outline = grouped(sheet) ? '<outlinePr summaryRight="0"/>' : "";
  const fit = sheet.print ? '<pageSetUpPr fitToPage="1"/>' : "";
  return outline || fit ? `<sheetPr>${outline}${fit}</sheetPr>` : "";
}

const grouped = (sheet: PlannedSheet): boolean => (sheet.outline?.columns.length ?? 0) > 0;

/** `<sheetFormatPr>`, with the outline depth when columns are grouped. */
export const sheetFormatPrXml = (sheet: PlannedSheet): string =>
  `<sheetFormatPr${attributes({ defaultRowHeight: 15, outlineLevelCol: grouped(sheet) ? 1 : undefined })}/>`;

/**
 * Attributes of `<col>` for column `column`: grouped columns are hidden at level 1; the label
 * column left of a group is marked collapsed, where Excel draws the "+" button.
 */
export function outlineColumnAttributes(sheet: PlannedSheet, column: number): string {
  const columns = sheet.outline?.columns ?? [];
  if (within(column, columns)) return ' hidden="1" outlineLevel="1"';
  if (columns.some((s) => s.first === column + 1)) return ' collapsed="1"';
  return "";
}

/** `<pageSetup>` and `<headerFooter>` (both after `<pageMargins>`), centred header and footer. */
export function pageSetupXml(sheet: PlannedSheet): string {
  const print = sheet.print;
  if (!print) return "";
  const setup = `<pageSetup${attributes({
    orientation: print.orientation,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
  })}/>`;
  const header = `<oddHeader>${escapeXml(`&C${print.header}`)}</oddHeader>`;
  const footer = `<oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter>`;
  return `${setup}<headerFooter>${header}${footer}</headerFooter>`;
}

/** `_xlnm.Print_Titles` (the title rows) and `_xlnm.Print_Area` (the areas, in print order). */
export function printNames(
  sheet: PlannedSheet
): { name: string; formula: string; hidden: boolean }[] {
  const print = sheet.print;
  if (!print) return [];
  const prefix = sheetPrefix(sheet.name);
  const rows = `${prefix}$${print.titleRows.first}:$${print.titleRows.last}`;
  const areas = print.areas.map(
    (a) =>
      prefix +
      (a.top === a.bottom && a.left === a.right
        ? cell(a.top, a.left, "$$")
        : absRange(a.top, a.left, a.bottom, a.right))
  );
  return [
    { name: "_xlnm.Print_Titles", formula: rows, hidden: false },
    { name: "_xlnm.Print_Area", formula: areas.join(","), hidden: false },
  ];
}
