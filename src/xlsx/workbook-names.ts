/**
 * What Share and the builder read from workbook.xml, with scanXml: the sheets (name, id,
 * relationship id), the defined names with the offsets of their formula text, the date system,
 * structure protection, and the elements an editor splices into (sheets, definedNames,
 * workbookView, calcPr) or the places they would go.
 */
import {
  ClosedElement,
  OFFICE_RELATIONSHIPS,
  SPREADSHEETML,
  XmlElement,
  XmlError,
  scanXml,
} from "./xml-scan";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
}

export interface DefinedName {
  readonly name: string;
  /** Index into the sheet list for a sheet-scoped name. */
  readonly localSheetId?: number;
  /** The formula, without "=" (as stored). */
  readonly formula: string;
  readonly hidden: boolean;
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
  readonly structureProtected: boolean;
  /** The root element (its namespace tells Strict from Transitional). */
  readonly root: ClosedElement;
  readonly sheetsElement?: ClosedElement;
  readonly definedNamesElement?: ClosedElement;
  /** The first `<workbookView>` of `<bookViews>` (the one Excel opens with). */
  readonly workbookView?: ClosedElement;
  /** The `<calcPr>` element when there is one. */
  readonly calcPr?: ClosedElement;
  /** Where a `<calcPr>` goes when there is none: before the first element that follows it. */
  readonly calcPrInsertAt: number;
  /** Where a `<definedNames>` goes when there is none. */
  readonly definedNamesInsertAt: number;
  /** The namespace prefix the root element uses (`x:` or ""). */
  readonly prefix: string;
}

/** CT_Workbook's children after definedNames, in schema order. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const truthy = (v: string | undefined): boolean => v === "1" || v === "true";

export function readWorkbookXml(xml: string): WorkbookXml {
  const sheets: WorkbookSheet[] = [];
  const names: DefinedName[] = [];
  let date1904 = false;
  let structureProtected = false;
  let root: ClosedElement | undefined;
  let sheetsElement: ClosedElement | undefined;
  let definedNamesElement: ClosedElement | undefined;
  let workbookView: ClosedElement | undefined;
  let calcPr: ClosedElement | undefined;
  /** The first child of the root of each kind, by local name. */
  const firstChild = new Map<string, number>();
  const isChildOfRoot = (e: XmlElement) => e.parent !== undefined && e.parent.parent === undefined;
  scanXml(xml, {
    open: (e) => {
      if (isChildOfRoot(e) && SPREADSHEETML.has(e.uri) && !firstChild.has(e.local))
        firstChild.set(e.local, e.start);
    },
    close: (e) => {
      if (e.parent === undefined) root = e;
      if (!SPREADSHEETML.has(e.uri)) return;
      const topLevel = isChildOfRoot(e);
      if (e.local === "sheet" && e.parent?.local === "sheets")
        sheets.push({
          name: e.attribute("name") ?? "",
          sheetId: Number(e.attribute("sheetId")),
          relId: e.attribute("id", OFFICE_RELATIONSHIPS) ?? "",
        });
      else if (e.local === "workbookPr" && topLevel) date1904 = truthy(e.attribute("date1904"));
      else if (e.local === "workbookProtection" && topLevel)
        structureProtected = truthy(e.attribute("lockStructure"));
      else if (e.local === "workbookView" && e.parent?.local === "bookViews") workbookView ??= e;
      else if (e.local === "sheets" && topLevel) sheetsElement = e;
      else if (e.local === "definedNames" && topLevel) definedNamesElement = e;
      else if (e.local === "calcPr" && topLevel) calcPr = e;
      else if (e.local === "definedName") {
        const local = e.attribute("localSheetId");
        names.push({
          name: e.attribute("name") ?? "",
          localSheetId: local === undefined ? undefined : Number(local),
          formula: e.text,
          hidden: truthy(e.attribute("hidden")),
          contentStart: e.contentStart,
          contentEnd: e.contentEnd,
          selfClosing: e.selfClosing,
          element: e,
        });
      }
    },
  });
  if (!root || !SPREADSHEETML.has(root.uri) || root.local !== "workbook")
    throw new XmlError("workbook.xml has no SpreadsheetML workbook element");
  const before = (followers: readonly string[]): number =>
    Math.min(
      root!.contentEnd,
      ...followers.flatMap((f) => (firstChild.has(f) ? [firstChild.get(f) as number] : []))
    );
  return {
    sheets,
    names,
    date1904,
    structureProtected,
    root,
    sheetsElement,
    definedNamesElement,
    workbookView,
    calcPr,
    calcPrInsertAt: before(AFTER_DEFINED_NAMES.slice(1)),
    definedNamesInsertAt: before(AFTER_DEFINED_NAMES),
    prefix: root.name.includes(":") ? `${root.name.split(":")[0]}:` : "",
  };
}
