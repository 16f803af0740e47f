/**
 * The part of Office.js's Excel API the edge uses, and nothing more: the edge is written against
 * these interfaces, the in-browser fake (test-double/excel/) implements them, and the real
 * `Excel.RequestContext` is checked to satisfy them (the assertion at the end), so `tsc` sees
 * drift on either side. Property and argument types are picked from @types/office-js; only the
 * objects a call returns are narrowed to the interfaces here.
 */

/** What every loaded proxy offers: `load`, typed by the proxy it returns. */
interface Loadable<Self> {
  load(propertyNames?: string | string[]): Self;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  /** Optional: the edge reads workbook-scoped names only where the host has them. */
  readonly names?: ExcelNamedItemCollection;
  readonly application: ExcelApplication;
  readonly protection: ExcelWorkbookProtection;
  getSelectedRanges(): ExcelRangeAreas;
}

export type ExcelApplication = Pick<
  Excel.Application,
  "calculate" | "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync"
>;

export interface ExcelWorkbookProtection
  extends Pick<Excel.WorkbookProtection, "protected">, Loadable<ExcelWorkbookProtection> {}

export interface ExcelWorksheetCollection extends Loadable<ExcelWorksheetCollection> {
  readonly items: ExcelWorksheet[];
  add(name?: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
}

export interface ExcelWorksheet
  extends Pick<Excel.Worksheet, "name" | "visibility" | "isNullObject">, Loadable<ExcelWorksheet> {
  readonly names: ExcelNamedItemCollection;
  readonly protection: Pick<Excel.WorksheetProtection, "protected">;
  readonly freezePanes: ExcelFreezePanes;
  readonly autoFilter: { apply(range: ExcelRange | string): void };
  readonly pageLayout: ExcelPageLayout;
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  delete(): void;
}

export interface ExcelPageLayout extends Pick<Excel.PageLayout, "orientation" | "zoom"> {
  readonly headersFooters: {
    readonly defaultForAllPages: Pick<Excel.HeaderFooter, "centerHeader" | "centerFooter">;
  };
  setPrintTitleRows(rows: string): void;
  setPrintArea(printArea: string): void;
}

export interface ExcelFreezePanes extends Pick<
  Excel.WorksheetFreezePanes,
  "freezeRows" | "freezeColumns"
> {
  freezeAt(frozenRange: ExcelRange | string): void;
}

export interface ExcelRangeAreas
  extends Pick<Excel.RangeAreas, "address" | "areaCount">, Loadable<ExcelRangeAreas> {
  readonly areas: { readonly items: ExcelRange[] } & Loadable<{ readonly items: ExcelRange[] }>;
}

export interface ExcelRange
  extends
    Pick<
      Excel.Range,
      | "address"
      | "values"
      | "formulas"
      | "numberFormat"
      | "valueTypes"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "isNullObject"
      | "clear"
      | "columnHidden"
    >,
    Loadable<ExcelRange> {
  readonly format: ExcelRangeFormat;
  readonly conditionalFormats: ExcelConditionalFormats;
  readonly dataValidation: ExcelDataValidation;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  group(groupOption: "ByColumns"): void;
  hideGroupDetails(groupOption: "ByColumns"): void;
  /** The real API takes ranges, areas or addresses; the edge copies formulas from a range. */
  copyFrom(sourceRange: ExcelRange | ExcelRangeAreas | string, copyType: "Formulas"): void;
}

export interface ExcelRangeFormat extends Pick<
  Excel.RangeFormat,
  "columnWidth" | "rowHeight" | "wrapText" | "readingOrder"
> {
  readonly font: Pick<Excel.RangeFont, "bold" | "color">;
  readonly fill: Pick<Excel.RangeFill, "color">;
}

export interface ExcelConditionalFormats extends Pick<
  Excel.ConditionalFormatCollection,
  "clearAll"
> {
  add(type: "Custom" | "DataBar" | "ColorScale"): ExcelConditionalFormat;
}

export interface ExcelConditionalFormat {
  readonly custom: {
    readonly rule: Pick<Excel.ConditionalFormatRule, "formula">;
    readonly format: {
      readonly fill: Pick<Excel.ConditionalRangeFill, "color">;
      readonly font: Pick<Excel.ConditionalRangeFont, "color">;
    };
  };
  readonly dataBar: Pick<
    Excel.DataBarConditionalFormat,
    "barDirection" | "lowerBoundRule" | "upperBoundRule"
  > & { readonly positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor"> };
  readonly colorScale: Pick<Excel.ColorScaleConditionalFormat, "criteria">;
}

export type ExcelDataValidation = Pick<Excel.DataValidation, "rule" | "prompt" | "clear">;

export interface ExcelNamedItem
  extends
    Pick<Excel.NamedItem, "name" | "type" | "value" | "formula" | "visible" | "isNullObject">,
    Loadable<ExcelNamedItem> {
  getRangeOrNullObject(): ExcelRange;
  delete(): void;
}

export interface ExcelNamedItemCollection extends Loadable<ExcelNamedItemCollection> {
  readonly items: ExcelNamedItem[];
  add(name: string, reference: ExcelRange | string, comment?: string): ExcelNamedItem;
  getItemOrNullObject(name: string): ExcelNamedItem;
}

/** Compiles only when `T` is `true`. */
type Holds<T extends true> = T;
/** The real API satisfies the surface (a compile-time check; the fake is checked where it is used). */
export type RealExcelSatisfiesSurface = Holds<
  Excel.RequestContext extends ExcelContext ? true : false
>;
