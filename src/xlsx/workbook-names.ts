/**
 * What Share reads from workbook.xml: the sheets (name, relationship id), the defined names with
 * the offsets of their formula text, the date system, and where `<calcPr>` is or would go.
 */
import { AFTER_DEFINED_NAMES } from "./workbook-part";
import {
  ClosedElement,
  OFFICE_RELATIONSHIPS,
  SPREADSHEETML,
  XmlElement,
  scanXml,
} from "./xml-scan";

export interface WorkbookSheet {
  readonly name: string;
  readonly relId: string;
}

export interface DefinedName {
  readonly name: string;
  /** Index into the sheet list for a sheet-scoped name. */
  readonly localSheetId?: number;
  /** The formula, without "=" (as stored). */
  readonly formula: string;
  /** The element's content extent (the formula text as written, escaped). */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly selfClosing: boolean;
  readonly element: ClosedElement;
}

export interface WorkbookXml {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly DefinedName[];
  readonly date1904: boolean;
  /** The `<calcPr>` element when there is one. */
  readonly calcPr?: ClosedElement;
  /** Where a `<calcPr>` goes when there is none: before the first element that follows it. */
  readonly calcPrInsertAt: number;
  /** The namespace prefix the root element uses (`x:` or ""). */
  readonly prefix: string;
}

/** CT_Workbook's children after calcPr, in schema order. */
const AFTER_CALC_PR = new Set(AFTER_DEFINED_NAMES.filter((name) => name !== "calcPr"));

const truthy = (v: string | undefined): boolean => v === "1" || v === "true";

export function readWorkbookXml(xml: string): WorkbookXml {
  const sheets: WorkbookSheet[] = [];
  const names: DefinedName[] = [];
  let date1904 = false;
  let calcPr: ClosedElement | undefined;
  let insertAt: number | undefined;
  let rootEnd = xml.length;
  let prefix = "";
  const isChildOfRoot = (e: XmlElement) => e.parent !== undefined && e.parent.parent === undefined;
  scanXml(xml, {
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.parent === undefined) prefix = e.name.includes(":") ? `${e.name.split(":")[0]}:` : "";
      if (isChildOfRoot(e) && AFTER_CALC_PR.has(e.local)) insertAt ??= e.start;
    },
    close: (e) => {
      if (e.parent === undefined) rootEnd = e.contentEnd;
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "sheet")
        sheets.push({
          name: e.attribute("name") ?? "",
          relId: e.attribute("id", OFFICE_RELATIONSHIPS) ?? "",
        });
      else if (e.local === "workbookPr") date1904 = truthy(e.attribute("date1904"));
      else if (e.local === "calcPr" && isChildOfRoot(e)) calcPr = e;
      else if (e.local === "definedName") {
        const local = e.attribute("localSheetId");
        names.push({
          name: e.attribute("name") ?? "",
          localSheetId: local === undefined ? undefined : Number(local),
          formula: e.text,
          contentStart: e.contentStart,
          contentEnd: e.contentEnd,
          selfClosing: e.selfClosing,
          element: e,
        });
      }
    },
  });
  return { sheets, names, date1904, calcPr, calcPrInsertAt: insertAt ?? rootEnd, prefix };
}
