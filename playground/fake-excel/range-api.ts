/** Range and the objects reached from it, as Office.js proxies over the fake workbook. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  formatAddress,
  intersect,
  parseArea,
  rectCells,
  rectColumns,
  rectRows,
  splitSheet,
} from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeContext } from "./context";
import { richApiError } from "./errors";
import { CellFormat, ConditionalFormatModel, SheetModel } from "./model";
import {
  ClearTarget,
  RangeTarget,
  clearRange,
  copyFormulas,
  logWrite,
  writeCells,
  writeNumberFormats,
} from "./range-writes";
import {
  columnOutlineOf,
  groupColumns,
  hideColumnGroups,
  setColumnsHidden,
} from "./page-layout-api";
import { displayValue, formulaText, valueType } from "./values";
import { FakeWorksheet } from "./worksheet-api";

const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

function map2d<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/** One value when every cell agrees, else null (as Office.js reports mixed formats). */
function uniform<T>(rect: Rect, cell: (row: number, column: number) => T): T | null {
  const first = cell(rect.top, rect.left);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (cell(r, c) !== first) return null;
  }
  return first;
}

function checkLive(sheet: SheetModel): SheetModel {
  if (sheet.deleted)
    throw richApiError("ItemNotFound", `the worksheet '${sheet.name}' was deleted`);
  return sheet;
}

export function rangeOn(sheet: SheetModel, address: string): RangeTarget {
  const { sheet: named, area } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw richApiError("InvalidArgument", `'${address}' is not on the worksheet '${sheet.name}'`);
  }
  const rect = parseArea(area);
  if (!rect) throw richApiError("InvalidArgument", `'${address}' is not a valid address`);
  return { sheet, rect };
}

function checkRect(rect: Rect): Rect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) {
    throw richApiError("InvalidArgument", "the range would fall outside the worksheet");
  }
  if (rect.bottom < rect.top || rect.right < rect.left) {
    throw richApiError("InvalidArgument", "the range would have no cells");
  }
  return rect;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, resolver, "Range");
  }

  private get model() {
    return this.context.model;
  }

  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    const book = this.model;
    return {
      address: (t) => formatAddress(checkLive(t.sheet).name, t.rect),
      addressLocal: (t) => formatAddress(checkLive(t.sheet).name, t.rect),
      values: (t) => map2d(t.rect, (r, c) => displayValue(book.computed(t.sheet, r, c))),
      valueTypes: (t) => map2d(t.rect, (r, c) => valueType(book.computed(t.sheet, r, c))),
      formulas: (t) => map2d(t.rect, (r, c) => formulaText(t.sheet.content(r, c))),
      numberFormat: (t) => {
        const sheet = t.sheet;
        const ops = sheet.formatOpsIn(t.rect);
        return map2d(t.rect, (r, c) => {
          let f = "General";
          for (const op of ops) {
            if (r < op.rect.top || r > op.rect.bottom || c < op.rect.left || c > op.rect.right)
              continue;
            if (op.patch === "clear") f = "General";
            else if (op.patch.numberFormat !== undefined) f = op.patch.numberFormat;
          }
          return f;
        });
      },
      rowCount: (t) => rectRows(t.rect),
      columnCount: (t) => rectColumns(t.rect),
      cellCount: (t) => rectCells(t.rect),
      rowIndex: (t) => t.rect.top,
      columnIndex: (t) => t.rect.left,
      columnHidden: (t) =>
        uniform({ ...t.rect, top: 0, bottom: 0 }, (_r, c) =>
          columnOutlineOf(t.sheet).hidden.has(c)
        ),
    };
  }

  protected _children() {
    return { worksheet: () => this.worksheet, format: () => this.format };
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (t) => writeCells(this.model, live(t), v, "values"));
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (t) => writeCells(this.model, live(t), v, "formulas"));
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, (t) => writeNumberFormats(this.model, live(t), v));
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }

  group(groupOption: string): void {
    this._call("group", [groupOption], (t) => {
      this._requires("1.10", "Range.group");
      groupColumns(this.model, live(t), groupOption);
    });
  }
  hideGroupDetails(groupOption: string): void {
    this._call("hideGroupDetails", [groupOption], (t) => {
      this._requires("1.10", "Range.hideGroupDetails");
      hideColumnGroups(this.model, live(t), groupOption);
    });
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v, (t) => setColumnsHidden(this.model, live(t), v));
  }

  private _worksheet?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this._worksheet ??= new FakeWorksheet(this.context, () => {
      const t = this._resolve();
      return t && checkLive(t.sheet);
    });
    return this._worksheet;
  }

  private _format?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    this._format ??= new FakeRangeFormat(this.context, () => this._resolve());
    return this._format;
  }

  private _conditionalFormats?: FakeConditionalFormatCollection;
  get conditionalFormats(): FakeConditionalFormatCollection {
    this._conditionalFormats ??= new FakeConditionalFormatCollection(this.context, () =>
      this._resolve()
    );
    return this._conditionalFormats;
  }

  private _dataValidation?: FakeDataValidation;
  get dataValidation(): FakeDataValidation {
    this._dataValidation ??= new FakeDataValidation(this.context, () => this._resolve());
    return this._dataValidation;
  }

  /** A range derived from this one when the sync reaches it. */
  private derived(make: (t: RangeTarget) => RangeTarget | null): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      return t && make(live(t));
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((t) => {
      const top = t.rect.top + row;
      const left = t.rect.left + column;
      return { sheet: t.sheet, rect: checkRect({ top, left, bottom: top, right: left }) };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((t) => ({
      sheet: t.sheet,
      rect: checkRect({
        ...t.rect,
        bottom: t.rect.bottom + deltaRows,
        right: t.rect.right + deltaColumns,
      }),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((t) => ({
      sheet: t.sheet,
      rect: checkRect({
        top: t.rect.top + rowOffset,
        bottom: t.rect.bottom + rowOffset,
        left: t.rect.left + columnOffset,
        right: t.rect.right + columnOffset,
      }),
    }));
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this._requires("1.4", "Range.getIntersectionOrNullObject");
    return this.derived((t) => {
      const o = typeof other === "string" ? rangeOn(t.sheet, other) : other._resolve();
      if (!o || o.sheet !== t.sheet) return null;
      const rect = intersect(t.rect, o.rect);
      return rect ? { sheet: t.sheet, rect } : null;
    })._resolveAtSync();
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived((t) => {
      const used = t.sheet.usedRect(valuesOnly === true);
      const rect = used && intersect(used, t.rect);
      return rect ? { sheet: t.sheet, rect } : null;
    })._resolveAtSync();
  }

  copyFrom(
    source: FakeRange | string,
    copyType?: string,
    skipBlanks?: boolean,
    transpose?: boolean
  ): void {
    if ((copyType ?? "All") !== "Formulas" || skipBlanks || transpose) {
      throw richApiError(
        "NotImplemented",
        `the fake implements copyFrom(source, "Formulas") only, not "${copyType ?? "All"}"` +
          (skipBlanks || transpose ? " with skipBlanks/transpose" : "")
      );
    }
    this._call("copyFrom", [source, copyType], (t) => {
      this._requires("1.9", "Range.copyFrom");
      const src = typeof source === "string" ? this.sourceAt(t, source) : source._resolve();
      if (!src) throw richApiError("InvalidArgument", "copyFrom: the source is a null object");
      copyFormulas(this.model, live(t), live(src));
    });
  }

  private sourceAt(t: RangeTarget, address: string): RangeTarget {
    const { sheet } = splitSheet(address);
    return rangeOn(sheet === undefined ? t.sheet : this.model.requireSheet(sheet), address);
  }

  clear(applyTo?: string): void {
    const what = (applyTo ?? "All") as ClearTarget;
    if (!["All", "Contents", "Formats"].includes(what)) {
      throw richApiError("NotImplemented", `the fake does not implement clear("${what}")`);
    }
    this._call("clear", [what], (t) => clearRange(this.model, live(t), what));
  }
}

function live(t: RangeTarget): RangeTarget {
  checkLive(t.sheet);
  return t;
}

type FormatKey = keyof CellFormat;

/** Writes one format property over the range. */
function patchFormat(context: FakeContext, t: RangeTarget, patch: Partial<CellFormat>): void {
  live(t).sheet.formatOps.push({ rect: t.rect, patch });
  logWrite(context.model, t, "format");
}

function readFormat(t: RangeTarget, key: FormatKey): unknown {
  return uniform(t.rect, (r, c) => t.sheet.format(r, c)[key]);
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
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
  get readingOrder(): string {
    return this._get("readingOrder");
  }
  set readingOrder(v: string) {
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

const colour = (v: string): string => (v.startsWith("#") ? v.toUpperCase() : v);

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
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
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
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

// ---- conditional formats ------------------------------------------------------------------

type CfType = ConditionalFormatModel["type"];

export class FakeConditionalFormatCollection extends FakeCollection<
  ConditionalFormatModel,
  FakeConditionalFormat
> {
  constructor(
    context: FakeContext,
    private readonly range: () => RangeTarget | null
  ) {
    super(
      context,
      () => {
        const t = range();
        return (
          t && t.sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => intersect(r, t.rect)))
        );
      },
      "ConditionalFormatCollection"
    );
  }

  protected _item(model: ConditionalFormatModel): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => model);
  }

  add(type: string): FakeConditionalFormat {
    if (!["Custom", "DataBar", "ColorScale"].includes(type)) {
      throw richApiError(
        "NotImplemented",
        `the fake implements Custom, DataBar and ColorScale, not ${type}`
      );
    }
    let created: ConditionalFormatModel | null = null;
    this._call("add", [type], () => {
      this._requires("1.6", "ConditionalFormatCollection.add");
      const t = live(this.range()!);
      created = {
        id: this.context.model.newConditionalFormatId(),
        type: type as CfType,
        rects: [t.rect],
      };
      // Office.js gives a new conditional format the top priority: the list is in priority order.
      t.sheet.conditionalFormats.unshift(created);
      logWrite(this.context.model, t, "conditionalFormat");
    });
    return new FakeConditionalFormat(this.context, () => created);
  }

  clearAll(): void {
    this._call("clearAll", [], () => {
      this._requires("1.6", "ConditionalFormatCollection.clearAll");
      const t = live(this.range()!);
      t.sheet.clearConditionalFormats(t.rect);
      logWrite(this.context.model, t, "conditionalFormat");
    });
  }
}

/** Applies a change to a conditional format of the right type, logging it on its range. */
function editRule(
  context: FakeContext,
  cf: ConditionalFormatModel,
  type: CfType,
  edit: (cf: ConditionalFormatModel) => void
): void {
  if (cf.type !== type) {
    throw richApiError("InvalidOperation", `a ${cf.type} conditional format has no ${type} part`);
  }
  edit(cf);
  const sheet = context.model.sheets.find((s) => s.conditionalFormats.includes(cf));
  if (sheet) logWrite(context.model, { sheet, rect: cf.rects[0] }, "conditionalFormat");
}

class CfPart extends FakeClientObject<ConditionalFormatModel> {
  constructor(
    context: FakeContext,
    resolver: () => ConditionalFormatModel | null,
    typeName: string,
    private readonly cfType: CfType
  ) {
    super(context, resolver, typeName);
  }
  protected _scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return {};
  }
  protected _edit(prop: string, value: unknown, edit: (cf: ConditionalFormatModel) => void) {
    this._set(prop, value, (cf) => editRule(this.context, cf, this.cfType, edit));
  }
}

export class FakeConditionalFormat extends FakeClientObject<ConditionalFormatModel> {
  constructor(context: FakeContext, resolver: () => ConditionalFormatModel | null) {
    super(context, resolver, "ConditionalFormat");
  }
  protected _scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { type: (t) => t.type, id: (t) => String(t.id) };
  }
  get type(): string {
    return this._get("type");
  }
  get id(): string {
    return this._get("id");
  }
  private _custom?: ReturnType<FakeConditionalFormat["makeCustom"]>;
  get custom() {
    this._custom ??= this.makeCustom();
    return this._custom;
  }
  private _dataBar?: ReturnType<FakeConditionalFormat["makeDataBar"]>;
  get dataBar() {
    this._dataBar ??= this.makeDataBar();
    return this._dataBar;
  }
  private _colorScale?: ReturnType<FakeConditionalFormat["makeColorScale"]>;
  get colorScale() {
    this._colorScale ??= this.makeColorScale();
    return this._colorScale;
  }
  private makeCustom() {
    const resolve = () => this._resolve();
    const ctx = this.context;
    const custom = (cf: ConditionalFormatModel) => (cf.custom ??= {});
    return {
      rule: new (class extends CfPart {
        set formula(v: string) {
          this._edit("formula", v, (cf) => (custom(cf).formula = v));
        }
        get formula(): string {
          return this._get("formula");
        }
      })(ctx, resolve, "ConditionalFormatRule", "Custom"),
      format: {
        fill: new (class extends CfPart {
          set color(v: string) {
            this._edit("color", v, (cf) => (custom(cf).fill = colour(v)));
          }
          get color(): string {
            return this._get("color");
          }
        })(ctx, resolve, "ConditionalRangeFill", "Custom"),
        font: new (class extends CfPart {
          set color(v: string) {
            this._edit("color", v, (cf) => (custom(cf).fontColor = colour(v)));
          }
          get color(): string {
            return this._get("color");
          }
        })(ctx, resolve, "ConditionalRangeFont", "Custom"),
      },
    };
  }
  private makeDataBar() {
    const bar = (cf: ConditionalFormatModel) => (cf.dataBar ??= {});
    const part = new (class extends CfPart {
      set barDirection(v: string) {
        this._edit("barDirection", v, (cf) => (bar(cf).barDirection = v));
      }
      get barDirection(): string {
        return this._get("barDirection");
      }
      set lowerBoundRule(v: unknown) {
        this._edit("lowerBoundRule", v, (cf) => (bar(cf).lowerBoundRule = v));
      }
      get lowerBoundRule(): unknown {
        return this._get("lowerBoundRule");
      }
      set upperBoundRule(v: unknown) {
        this._edit("upperBoundRule", v, (cf) => (bar(cf).upperBoundRule = v));
      }
      get upperBoundRule(): unknown {
        return this._get("upperBoundRule");
      }
    })(this.context, () => this._resolve(), "DataBarConditionalFormat", "DataBar");
    const positiveFormat = new (class extends CfPart {
      set fillColor(v: string) {
        this._edit("fillColor", v, (cf) => (bar(cf).positiveFillColor = colour(v)));
      }
      get fillColor(): string {
        return this._get("fillColor");
      }
    })(this.context, () => this._resolve(), "ConditionalDataBarPositiveFormat", "DataBar");
    return Object.assign(part, { positiveFormat });
  }
  private makeColorScale() {
    return new (class extends CfPart {
      set criteria(v: unknown) {
        this._edit("criteria", v, (cf) => (cf.colorScale = { criteria: v }));
      }
      get criteria(): unknown {
        return this._get("criteria");
      }
    })(this.context, () => this._resolve(), "ColorScaleConditionalFormat", "ColorScale");
  }
}

// ---- data validation ----------------------------------------------------------------------

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, resolver, "DataValidation");
  }
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      rule: (t) => t.sheet.validation(t.rect.top, t.rect.left)?.rule ?? {},
      prompt: (t) => t.sheet.validation(t.rect.top, t.rect.left)?.prompt ?? {},
    };
  }
  private apply(op: { rule?: unknown; prompt?: unknown; clear?: true }) {
    return (t: RangeTarget) => {
      this._requires("1.8", "DataValidation");
      live(t).sheet.validationOps.push({ rect: t.rect, ...op });
      logWrite(this.context.model, t, "validation");
    };
  }
  get rule(): unknown {
    return this._get("rule");
  }
  set rule(v: unknown) {
    this._set("rule", v, this.apply({ rule: v }));
  }
  get prompt(): unknown {
    return this._get("prompt");
  }
  set prompt(v: unknown) {
    this._set("prompt", v, this.apply({ prompt: v }));
  }
  clear(): void {
    this._call("clear", [], this.apply({ clear: true }));
  }
}

// ---- multi-area selection -----------------------------------------------------------------

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly areas: Rect[];
}

export class FakeRangeCollection extends FakeCollection<RangeTarget, FakeRange> {
  constructor(context: FakeContext, resolver: () => RangeTarget[] | null) {
    super(context, resolver, "RangeCollection");
  }
  protected _item(model: RangeTarget): FakeRange {
    return new FakeRange(this.context, () => model);
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(context: FakeContext, resolver: () => AreasTarget | null) {
    super(context, resolver, "RangeAreas");
  }
  protected _scalars(): Record<string, (t: AreasTarget) => unknown> {
    return {
      address: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(","),
      areaCount: (t) => t.areas.length,
      cellCount: (t) => t.areas.reduce((n, a) => n + rectCells(a), 0),
    };
  }
  protected _children() {
    return { areas: () => this.areas, worksheet: () => this.worksheet };
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  private _areas?: FakeRangeCollection;
  get areas(): FakeRangeCollection {
    this._areas ??= new FakeRangeCollection(this.context, () => {
      const t = this._resolve();
      return t && t.areas.map((rect) => ({ sheet: t.sheet, rect }));
    });
    return this._areas;
  }
  private _worksheet?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this._worksheet ??= new FakeWorksheet(this.context, () => this._resolve()?.sheet ?? null);
    return this._worksheet;
  }
}
