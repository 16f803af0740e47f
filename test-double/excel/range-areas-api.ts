/** Workbook.getSelectedRanges: the areas of a multi-area selection, as Office.js proxies. */
import type { ExcelRangeAreas } from "../../src/excel/excel-surface";
import { Rect, formatAddress, rectCells } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { SheetModel } from "./model";
import { RangeTarget } from "./range-writes";
import { FakeRange } from "./range-api";
export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly areas: Rect[];
}

export class FakeRangeCollection extends FakeCollection<RangeTarget, FakeRange> {
  constructor(context: ProxyContext, resolver: () => RangeTarget[] | null) {
    super(context, resolver, "RangeCollection");
  }
  protected _item(model: RangeTarget): FakeRange {
    return new FakeRange(this.context, () => model);
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements ExcelRangeAreas {
  constructor(context: ProxyContext, resolver: () => AreasTarget | null) {
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
    return { areas: () => this.areas };
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
}
