/** Range.format and its font and fill, as Office.js proxies over the fake workbook. */
import type { ExcelRangeFormat } from "../../src/excel/excel-surface";
import { FakeClientObject } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { CellFormat } from "./model";
import { RangeTarget, logWrite } from "./range-writes";
import { colour, live, uniform } from "./proxy-support";
/** Excel's default column width and row height in points (Calibri 11). */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

type FormatKey = keyof CellFormat;

/** Writes one format property over the range. */
function patchFormat(context: ProxyContext, t: RangeTarget, patch: Partial<CellFormat>): void {
  live(t).sheet.formatOps.push({ rect: t.rect, patch });
  logWrite(context.model, t, "format");
}

function readFormat(t: RangeTarget, key: FormatKey): unknown {
  return uniform(t.rect, (r, c) => t.sheet.format(r, c)[key]);
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> implements ExcelRangeFormat {
  constructor(context: ProxyContext, resolver: () => RangeTarget | null) {
    super(context, resolver, "RangeFormat");
  }

  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      wrapText: (t) => readFormat(t, "wrap"),
      readingOrder: (t) => readFormat(t, "readingOrder"),
      columnWidth: (t) =>
        uniform(
          { ...t.rect, top: 0, bottom: 0 },
          (_r, c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH
        ),
      rowHeight: (t) =>
        uniform(
          { ...t.rect, left: 0, right: 0 },
          (r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT
        ),
    };
  }

  protected _children() {
    return { font: () => this.font, fill: () => this.fill };
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, (t) => patchFormat(this.context, t, { wrap: v }));
  }
  get readingOrder(): ExcelRangeFormat["readingOrder"] {
    return this._get("readingOrder");
  }
  set readingOrder(v: ExcelRangeFormat["readingOrder"]) {
    this._set("readingOrder", v, (t) => {
      if (!["Context", "LeftToRight", "RightToLeft"].includes(v)) {
        throw richApiError("InvalidArgument", `readingOrder "${v}"`);
      }
      patchFormat(this.context, t, { readingOrder: v as CellFormat["readingOrder"] });
    });
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) live(t).sheet.columnWidths.set(c, v);
      logWrite(this.context.model, t, "columnWidth");
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) live(t).sheet.rowHeights.set(r, v);
      logWrite(this.context.model, t, "rowHeight");
    });
  }

  private _font?: FakeRangeFont;
  get font(): FakeRangeFont {
    this._font ??= new FakeRangeFont(this.context, () => this._resolve());
    return this._font;
  }
  private _fill?: FakeRangeFill;
  get fill(): FakeRangeFill {
    this._fill ??= new FakeRangeFill(this.context, () => this._resolve());
    return this._fill;
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: ProxyContext, resolver: () => RangeTarget | null) {
    super(context, resolver, "RangeFont");
  }
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return { bold: (t) => readFormat(t, "bold"), color: (t) => readFormat(t, "fontColor") };
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, (t) => patchFormat(this.context, t, { bold: v }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => patchFormat(this.context, t, { fontColor: colour(v) }));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(context: ProxyContext, resolver: () => RangeTarget | null) {
    super(context, resolver, "RangeFill");
  }
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      // No fill reads as white, as in Office.js; mixed fills read as null.
      color: (t) => uniform(t.rect, (r, c) => t.sheet.format(r, c).fill ?? "#FFFFFF"),
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => patchFormat(this.context, t, { fill: colour(v) }));
  }
  clear(): void {
    this._call("clear", [], (t) => patchFormat(this.context, t, { fill: null }));
  }
}
