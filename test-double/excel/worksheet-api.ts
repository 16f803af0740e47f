/** Worksheets, their collection, and their names, as Office.js proxies over the fake workbook. */
import type { ExcelWorksheet, ExcelWorksheetCollection } from "../../src/excel/excel-surface";
import { MAX_COLUMNS, MAX_ROWS, columnLetters, formatAddress, rectColumns, rectRows } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { SheetModel, SheetVisibility, WorkbookModel } from "./model";
import { FakePageLayout } from "./page-layout-api";
import { FakeRange, rangeOn } from "./range-api";
import { RangeTarget } from "./range-writes";
import { deleteSheet, renameSheet } from "./structural-edits";
import { FakeNamedItemCollection } from "./names-api";
import { checkLive } from "./proxy-support";

/** Excel's rules for a worksheet name. */
export function checkSheetName(book: WorkbookModel, name: string, except?: SheetModel): void {
  const bad =
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history";
  if (bad) throw richApiError("InvalidArgument", `'${name}' is not a valid worksheet name`);
  const taken = book.sheet(name);
  if (taken && taken !== except) {
    throw richApiError("ItemAlreadyExists", `a worksheet named '${name}' already exists`);
  }
}

function checkStructure(book: WorkbookModel): void {
  if (book.structureProtected) {
    throw richApiError("AccessDenied", "the workbook structure is protected");
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  constructor(context: ProxyContext, resolver: () => SheetModel | null) {
    super(context, resolver, "WorksheetProtection");
  }
  protected _scalars(): Record<string, (s: SheetModel) => unknown> {
    return { protected: (s) => checkLive(s).protected };
  }
  get protected(): boolean {
    return this._get("protected");
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> implements ExcelWorksheet {
  constructor(context: ProxyContext, resolver: () => SheetModel | null) {
    super(context, resolver, "Worksheet");
  }

  private get book(): WorkbookModel {
    return this.context.model;
  }

  protected _children() {
    return { protection: () => this.protection };
  }

  protected _scalars(): Record<string, (s: SheetModel) => unknown> {
    return {
      name: (s) => checkLive(s).name,
      id: (s) => s.id,
      position: (s) => this.book.sheets.indexOf(checkLive(s)),
      visibility: (s) => checkLive(s).visibility,
    };
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s) => {
      checkStructure(this.book);
      checkSheetName(this.book, v, checkLive(s));
      const old = s.name;
      renameSheet(this.book, s, v);
      this.book.log(s, old, "sheet-rename");
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  get visibility(): ExcelWorksheet["visibility"] {
    return this._get("visibility");
  }
  /** Hiding needs the structure unprotected, and one visible sheet must stay (Office.js). */
  set visibility(v: ExcelWorksheet["visibility"]) {
    this._set("visibility", v, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v))
        throw richApiError("InvalidArgument", `visibility "${v}"`);
      checkStructure(this.book);
      const others = this.book.sheets.filter(
        (o) => o !== checkLive(s) && o.visibility === "Visible"
      );
      if (v !== "Visible" && others.length === 0)
        throw richApiError("InvalidOperation", "a workbook must keep one visible worksheet");
      s.visibility = v as SheetVisibility;
      this.book.log(s, "", "visibility");
    });
  }

  private _protection?: FakeWorksheetProtection;
  /** Read only: the fake has no protect/unprotect, so the add-in cannot call them by mistake. */
  get protection(): FakeWorksheetProtection {
    this._protection ??= new FakeWorksheetProtection(this.context, () => this._resolve());
    return this._protection;
  }

  private _pageLayout?: FakePageLayout;
  get pageLayout(): FakePageLayout {
    this._pageLayout ??= new FakePageLayout(this.context, () => {
      const s = this._resolve();
      return s && checkLive(s);
    });
    return this._pageLayout;
  }

  private range(make: (s: SheetModel) => RangeTarget | null): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this._resolve();
      return s && make(checkLive(s));
    });
  }

  getRange(address?: string): FakeRange {
    return this.range((s) =>
      address === undefined
        ? { sheet: s, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } }
        : rangeOn(s, address)
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.range((s) => {
      this._requires("1.7", "Worksheet.getRangeByIndexes");
      const rect = { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 };
      if (
        rows < 1 ||
        columns < 1 ||
        row < 0 ||
        column < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLUMNS
      ) {
        throw richApiError(
          "InvalidArgument",
          `getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`
        );
      }
      return { sheet: s, rect };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range((s) => {
      const rect = s.usedRect(valuesOnly === true);
      return rect ? { sheet: s, rect } : null;
    })._resolveAtSync();
  }

  private _names?: FakeNamedItemCollection;
  get names(): FakeNamedItemCollection {
    this._names ??= new FakeNamedItemCollection(this.context, () => this._resolve());
    return this._names;
  }

  delete(): void {
    this._call("delete", [], (s) => {
      checkStructure(this.book);
      checkLive(s);
      if (this.book.sheets.length === 1) {
        throw richApiError("InvalidOperation", "a workbook must keep at least one worksheet");
      }
      deleteSheet(this.book, s);
      this.book.log(s, "", "sheet-delete");
    });
  }

  activate(): void {
    this._call("activate", [], (s) => {
      this.book.activeSheet = checkLive(s);
      this.book.selection = { sheet: s, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
      this.book.log(s, "", "activate");
    });
  }

  get freezePanes() {
    const sheet = this;
    return {
      freezeAt: (at: FakeRange | string): void => {
        sheet._call("freezePanes.freezeAt", [at], (s) => {
          this._requires("1.7", "WorksheetFreezePanes.freezeAt");
          const t = typeof at === "string" ? rangeOn(checkLive(s), at) : at._resolve();
          if (!t || t.sheet !== s)
            throw richApiError("InvalidArgument", "freezeAt: not a range of this worksheet");
          s.freeze = {
            rows: t.rect.top + rectRows(t.rect),
            columns: t.rect.left + rectColumns(t.rect),
          };
          this.book.log(s, formatAddress(s.name, t.rect).split("!")[1], "freeze");
        });
      },
      freezeRows: (count = 1): void => freezeEdge("freezeRows", count, 0),
      freezeColumns: (count = 1): void => freezeEdge("freezeColumns", 0, count),
    };
    /** Only the top rows or only the left columns, as freezeRows/freezeColumns set them. */
    function freezeEdge(method: string, rows: number, columns: number): void {
      sheet._call(`freezePanes.${method}`, [rows || columns], (s) => {
        sheet._requires("1.7", `WorksheetFreezePanes.${method}`);
        if (!Number.isInteger(rows + columns) || rows + columns < 1)
          throw richApiError("InvalidArgument", `${method}: the count must be a whole number ≥ 1`);
        s.freeze = { rows, columns };
        sheet.book.log(s, rows ? `1:${rows}` : `A:${columnLetters(columns - 1)}`, "freeze");
      });
    }
  }

  get autoFilter() {
    const sheet = this;
    return {
      apply: (range: FakeRange | string, columnIndex?: number, criteria?: unknown): void => {
        if (columnIndex !== undefined || criteria !== undefined) {
          throw richApiError(
            "NotImplemented",
            "the fake applies an AutoFilter without criteria only"
          );
        }
        sheet._call("autoFilter.apply", [range], (s) => {
          this._requires("1.9", "AutoFilter.apply");
          const t = typeof range === "string" ? rangeOn(checkLive(s), range) : range._resolve();
          if (!t || t.sheet !== s)
            throw richApiError("InvalidArgument", "autoFilter: not a range of this worksheet");
          s.autoFilter = t.rect;
          this.book.log(s, formatAddress(s.name, t.rect).split("!")[1], "autoFilter");
        });
      },
    };
  }
}

export class FakeWorksheetCollection
  extends FakeCollection<SheetModel, FakeWorksheet>
  implements ExcelWorksheetCollection
{
  constructor(context: ProxyContext) {
    super(context, () => context.model.sheets, "WorksheetCollection");
  }

  private get book(): WorkbookModel {
    return this.context.model;
  }

  protected _item(model: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => model);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this._call("add", [name], () => {
      checkStructure(this.book);
      let chosen = name;
      for (let n = this.book.sheets.length + 1; chosen === undefined; n++) {
        if (!this.book.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
      }
      checkSheetName(this.book, chosen);
      created = new SheetModel(chosen);
      this.book.sheets.push(created);
      this.book.log(created, "", "sheet-add");
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw richApiError("ItemNotFound", "the worksheet was not added");
      return created;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.book.requireSheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.book.sheet(key) ?? null)._resolveAtSync();
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.book.activeSheet);
  }
}
