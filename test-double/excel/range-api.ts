/** Range and the objects reached from it, as Office.js proxies over the fake workbook. */
import type { ExcelRange } from "../../src/excel/excel-surface";
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
import { FakeClientObject } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { SheetModel } from "./model";
import {
  ClearTarget,
  RangeTarget,
  clearRange,
  copyFormulas,
  writeCells,
  writeNumberFormats,
} from "./range-writes";
import { computedValue } from "./recalculation";
import { displayValue, formulaText, valueType } from "./values";
import { checkLive, live, uniform } from "./proxy-support";
import {
  columnOutlineOf,
  groupColumns,
  hideColumnGroups,
  setColumnsHidden,
} from "./page-layout-api";
import { FakeRangeFormat } from "./range-format-api";
import { FakeConditionalFormatCollection } from "./conditional-format-api";
import { FakeDataValidation } from "./data-validation-api";

function map2d<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

export function rangeOn(sheet: SheetModel, address: string): RangeTarget {
  const split = splitSheet(address);
  const named = split?.sheet;
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw richApiError("InvalidArgument", `'${address}' is not on the worksheet '${sheet.name}'`);
  }
  const rect = split && parseArea(split.area);
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

export class FakeRange extends FakeClientObject<RangeTarget> implements ExcelRange {
  constructor(context: ProxyContext, resolver: () => RangeTarget | null) {
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
      values: (t) => map2d(t.rect, (r, c) => displayValue(computedValue(book, t.sheet, r, c))),
      valueTypes: (t) => map2d(t.rect, (r, c) => valueType(computedValue(book, t.sheet, r, c))),
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
    return { format: () => this.format };
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
  get valueTypes(): ExcelRange["valueTypes"] {
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
    const sheet = splitSheet(address)?.sheet;
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
