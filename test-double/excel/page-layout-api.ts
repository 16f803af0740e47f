/**
 * Print set-up (Worksheet.pageLayout, ExcelApi 1.9) and column outlines (Range.group,
 * hideGroupDetails: ExcelApi 1.10; Range.columnHidden) of the fake, as far as the add-in uses
 * them. Kept beside the sheet model rather than in it: tests read them with `printOf` and
 * `columnOutlineOf`.
 */
import type { ExcelPageLayout } from "../../src/excel/excel-surface";
import { MAX_COLUMNS, MAX_ROWS, Rect, formatArea } from "./a1";
import { parseAreas } from "./book";
import { FakeClientObject } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { SheetModel, WorkbookModel } from "./model";
import { RangeTarget } from "./range-writes";

type Orientation = ExcelPageLayout["orientation"];

export interface PrintModel {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect[];
  /** 0-based rows repeated on every page. */
  titleRows?: { top: number; bottom: number };
  centerHeader: string;
  centerFooter: string;
}

export interface ColumnOutline {
  /** Outline level by 0-based column (absent = 0). */
  readonly levels: Map<number, number>;
  readonly hidden: Set<number>;
}

const prints = new WeakMap<SheetModel, PrintModel>();
const outlines = new WeakMap<SheetModel, ColumnOutline>();

export function printOf(sheet: SheetModel): PrintModel {
  let print = prints.get(sheet);
  if (!print) {
    print = {
      orientation: "Portrait",
      zoom: { scale: 100 },
      printArea: [],
      centerHeader: "",
      centerFooter: "",
    };
    prints.set(sheet, print);
  }
  return print;
}

export function columnOutlineOf(sheet: SheetModel): ColumnOutline {
  let outline = outlines.get(sheet);
  if (!outline) {
    outline = { levels: new Map(), hidden: new Set() };
    outlines.set(sheet, outline);
  }
  return outline;
}

const wholeColumns = (t: RangeTarget): boolean =>
  t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1;

/** Excel's outline has eight levels. */
const MAX_OUTLINE_LEVEL = 8;

/** `Range.group(groupOption)`; the fake groups whole columns only. */
export function groupColumns(book: WorkbookModel, t: RangeTarget, option: string): void {
  if (option !== "ByColumns" || !wholeColumns(t))
    throw richApiError("NotImplemented", "the fake groups whole columns only");
  const { levels } = columnOutlineOf(t.sheet);
  for (let c = t.rect.left; c <= t.rect.right; c++) {
    const level = (levels.get(c) ?? 0) + 1;
    if (level > MAX_OUTLINE_LEVEL)
      throw richApiError("InvalidOperation", "an outline has at most eight levels");
    levels.set(c, level);
  }
  book.log(t.sheet, formatArea(t.rect), "outline");
}

/** `Range.hideGroupDetails(groupOption)`: hides the grouped columns of the range. */
export function hideColumnGroups(book: WorkbookModel, t: RangeTarget, option: string): void {
  if (option !== "ByColumns") throw richApiError("NotImplemented", "the fake folds columns only");
  const { levels, hidden } = columnOutlineOf(t.sheet);
  let any = false;
  for (let c = t.rect.left; c <= t.rect.right; c++)
    if ((levels.get(c) ?? 0) > 0) {
      hidden.add(c);
      any = true;
    }
  if (!any) throw richApiError("InvalidOperation", "the range has no group to hide");
  book.log(t.sheet, formatArea(t.rect), "outline");
}

/** `Range.columnHidden = v` hides or shows the range's whole columns. */
export function setColumnsHidden(book: WorkbookModel, t: RangeTarget, v: boolean): void {
  const { hidden } = columnOutlineOf(t.sheet);
  for (let c = t.rect.left; c <= t.rect.right; c++) v ? hidden.add(c) : hidden.delete(c);
  book.log(t.sheet, formatArea(t.rect), "outline");
}

class FakeHeaderFooter extends FakeClientObject<SheetModel> {
  constructor(context: ProxyContext, resolver: () => SheetModel | null) {
    super(context, resolver, "HeaderFooter");
  }
  protected _scalars(): Record<string, (s: SheetModel) => unknown> {
    return {
      centerHeader: (s) => printOf(s).centerHeader,
      centerFooter: (s) => printOf(s).centerFooter,
    };
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(v: string) {
    this._set("centerHeader", v, (s) => {
      printOf(s).centerHeader = v;
      this.context.model.log(s, "", "pageLayout");
    });
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._set("centerFooter", v, (s) => {
      printOf(s).centerFooter = v;
      this.context.model.log(s, "", "pageLayout");
    });
  }
}

export class FakePageLayout extends FakeClientObject<SheetModel> implements ExcelPageLayout {
  constructor(context: ProxyContext, resolver: () => SheetModel | null) {
    super(context, resolver, "PageLayout");
  }

  protected _scalars(): Record<string, (s: SheetModel) => unknown> {
    return {
      orientation: (s) => printOf(s).orientation,
      zoom: (s) => ({ ...printOf(s).zoom }),
    };
  }

  private change(s: SheetModel, api: string, apply: (print: PrintModel) => void): void {
    this._requires("1.9", api);
    apply(printOf(s));
    this.context.model.log(s, "", "pageLayout");
  }

  get orientation(): Orientation {
    return this._get("orientation");
  }
  set orientation(v: Orientation) {
    this._set("orientation", v, (s) =>
      this.change(s, "PageLayout.orientation", (p) => {
        if (v !== "Portrait" && v !== "Landscape")
          throw richApiError("InvalidArgument", `orientation "${v}"`);
        p.orientation = v;
      })
    );
  }

  get zoom(): PrintModel["zoom"] {
    return this._get("zoom");
  }
  /** A scale, or pages wide and tall (0 = automatic), not both, as Excel's dialog has it. */
  set zoom(v: PrintModel["zoom"]) {
    this._set("zoom", v, (s) =>
      this.change(s, "PageLayout.zoom", (p) => {
        const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
        const counts = [v.horizontalFitToPages, v.verticalFitToPages];
        if (
          (fit && v.scale !== undefined) ||
          counts.some((n) => n !== undefined && !(Number.isInteger(n) && n >= 0))
        )
          throw richApiError("InvalidArgument", `zoom ${JSON.stringify(v)}`);
        if (v.scale !== undefined && !(v.scale >= 10 && v.scale <= 400))
          throw richApiError("InvalidArgument", `zoom scale ${v.scale}`);
        p.zoom = { ...v };
      })
    );
  }

  /** An address string of one or more areas ("A1:M301,O1:U52"); the fake takes no Range. */
  setPrintArea(printArea: string): void {
    this._call("setPrintArea", [printArea], (s) =>
      this.change(s, "PageLayout.setPrintArea", (p) => {
        if (typeof printArea !== "string")
          throw richApiError("NotImplemented", "the fake takes the print area as an address");
        p.printArea = parseAreas(printArea);
      })
    );
  }

  /** Whole rows as an address ("$1:$1"). */
  setPrintTitleRows(rows: string): void {
    this._call("setPrintTitleRows", [rows], (s) =>
      this.change(s, "PageLayout.setPrintTitleRows", (p) => {
        const [area] = typeof rows === "string" ? parseAreas(rows.replace(/\$/g, "")) : [];
        if (!area || area.left !== 0 || area.right !== MAX_COLUMNS - 1)
          throw richApiError("InvalidArgument", `print title rows "${rows}"`);
        p.titleRows = { top: area.top, bottom: area.bottom };
      })
    );
  }

  get headersFooters() {
    const header = new FakeHeaderFooter(this.context, () => {
      const s = this._resolve();
      if (s) this._requires("1.9", "PageLayout.headersFooters");
      return s;
    });
    return { defaultForAllPages: header };
  }
}
