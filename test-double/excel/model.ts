/**
 * The fake workbook's state: sheets (cells, formats, conditional formats, validations, names,
 * view settings), selection, protection, settings, and the record of every applied write. The
 * Office.js proxies change it only at `context.sync()`; tests read it through FakeWorkbook.
 * Computed values are recalculation.ts's job, moving cells structural-edits.ts's.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  contains,
  formatAddress,
  formatArea,
  intersect,
  subtract,
} from "./a1";
import { Column, Content } from "./cells";
import { richApiError } from "./errors";

export interface CellFormat {
  readonly bold: boolean;
  /** Fill colour "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  readonly fontColor: string;
  readonly wrap: boolean;
  readonly readingOrder: "Context" | "LeftToRight" | "RightToLeft";
  readonly numberFormat: string;
}

export const DEFAULT_FORMAT: CellFormat = {
  bold: false,
  fill: null,
  fontColor: "#000000",
  wrap: false,
  readingOrder: "Context",
  numberFormat: "General",
};

/** One applied format write: later operations win where they overlap. */
export interface FormatOp {
  readonly rect: Rect;
  readonly patch: Partial<CellFormat> | "clear";
}

export interface ConditionalFormatModel {
  readonly id: number;
  readonly type: "Custom" | "DataBar" | "ColorScale";
  rects: Rect[];
  custom?: { formula?: string; fill?: string; fontColor?: string };
  dataBar?: {
    barDirection?: string;
    lowerBoundRule?: unknown;
    upperBoundRule?: unknown;
    positiveFillColor?: string;
  };
  colorScale?: { criteria?: unknown };
}

export interface ValidationOp {
  readonly rect: Rect;
  readonly rule?: unknown;
  readonly prompt?: unknown;
  readonly clear?: true;
}

export interface NameModel {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export type WriteKind =
  | "values"
  | "formulas"
  | "copyFrom"
  | "format"
  | "numberFormat"
  | "columnWidth"
  | "rowHeight"
  | "clear"
  | "conditionalFormat"
  | "validation"
  | "name"
  | "sheet-add"
  | "sheet-delete"
  | "sheet-rename"
  | "activate"
  | "freeze"
  | "autoFilter"
  | "visibility"
  | "calculate"
  | "settings"
  | "pageLayout"
  | "outline";

/** One applied write: the sheet, the A1 area (or name) it touched, and what it changed. */
export interface WriteRecord {
  readonly sheet: string;
  readonly address: string;
  readonly what: WriteKind;
}

export interface UnsupportedRecord {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly reason: string;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

let nextSheetId = 1;

export class SheetModel {
  readonly id = `{fake-sheet-${nextSheetId++}}`;
  readonly columns = new Map<number, Column>();
  formatOps: FormatOp[] = [];
  /** Highest priority first. */
  conditionalFormats: ConditionalFormatModel[] = [];
  validationOps: ValidationOp[] = [];
  names: NameModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze?: { rows: number; columns: number };
  autoFilter?: Rect;
  deleted = false;
  /** `Worksheet.visibility`: the add-in's record sheet is "VeryHidden" (shown by no menu). */
  visibility: SheetVisibility = "Visible";
  /** Sheet protection (set by the user only: the fake has no protect/unprotect API). */
  protected = false;

  constructor(public name: string) {}

  column(index: number): Column {
    let column = this.columns.get(index);
    if (!column) {
      column = new Column(index);
      this.columns.set(index, column);
    }
    return column;
  }

  content(row: number, column: number): Content | undefined {
    return this.columns.get(column)?.get(row);
  }

  /** Rows `0..usedRows()-1` hold every value of the sheet. */
  usedRows(): number {
    let last = -1;
    for (const c of this.columns.values()) last = Math.max(last, c.bottom());
    return last + 1;
  }

  /** The used range: cells with content, plus formatted cells unless `valuesOnly`. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let used: Rect | undefined;
    const grow = (r: Rect): void => {
      used = used
        ? {
            top: Math.min(used.top, r.top),
            left: Math.min(used.left, r.left),
            bottom: Math.max(used.bottom, r.bottom),
            right: Math.max(used.right, r.right),
          }
        : r;
    };
    for (const c of this.columns.values()) {
      const top = c.top();
      if (top !== undefined) grow({ top, bottom: c.bottom(), left: c.index, right: c.index });
    }
    if (!valuesOnly) {
      for (const op of this.formatOps) {
        const whole =
          (op.rect.top === 0 && op.rect.bottom === MAX_ROWS - 1) ||
          (op.rect.left === 0 && op.rect.right === MAX_COLUMNS - 1);
        if (op.patch !== "clear" && !whole) grow(op.rect);
      }
    }
    return used;
  }

  format(row: number, column: number): CellFormat {
    let format: CellFormat = DEFAULT_FORMAT;
    for (const op of this.formatOps) {
      if (!contains(op.rect, row, column)) continue;
      format = op.patch === "clear" ? DEFAULT_FORMAT : { ...format, ...op.patch };
    }
    return format;
  }

  /** The format ops that touch `rect`, for reading many cells at once. */
  formatOpsIn(rect: Rect): FormatOp[] {
    return this.formatOps.filter((op) => intersect(op.rect, rect));
  }

  validation(row: number, column: number): { rule?: unknown; prompt?: unknown } | undefined {
    let found: { rule?: unknown; prompt?: unknown } | undefined;
    for (const op of this.validationOps) {
      if (!contains(op.rect, row, column)) continue;
      if (op.clear) found = undefined;
      else {
        found = { ...found };
        if (op.rule !== undefined) found.rule = op.rule;
        if (op.prompt !== undefined) found.prompt = op.prompt;
      }
    }
    return found;
  }

  clearConditionalFormats(rect: Rect): void {
    for (const cf of this.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, rect));
    this.conditionalFormats = this.conditionalFormats.filter((cf) => cf.rects.length > 0);
  }

  findName(name: string): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key);
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeSheet!: SheetModel;
  selection!: { sheet: SheetModel; areas: Rect[] };
  structureProtected = false;
  savedSettings: Record<string, unknown> = {};
  settings: Record<string, unknown> = {};
  settingsSaves = 0;
  readonly writeLog: WriteRecord[] = [];
  syncs = 0;
  readonly payloads: number[] = [];
  readonly unsupportedByCell = new Map<string, UnsupportedRecord>();
  private nextConditionalFormatId = 1;
  /** Bumped by every change; computed values are kept per column until it moves. */
  revision = 0;

  constructor(
    readonly displayLanguage: string,
    readonly apiVersion: string
  ) {}

  sheet(name: string): SheetModel | undefined {
    const exact = this.sheets.find((s) => s.name === name);
    if (exact) return exact;
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === name);
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw richApiError("ItemNotFound", `no worksheet named '${name}'`);
    return sheet;
  }

  /** Every write goes through here: it is logged and computed values are recomputed. */
  log(sheet: SheetModel, address: string, what: WriteKind): void {
    this.writeLog.push({ sheet: sheet.name, address, what });
    this.changed();
  }

  /** Computed values are kept per column until the next change. */
  changed(): void {
    this.revision++;
  }

  newConditionalFormatId(): number {
    return this.nextConditionalFormatId++;
  }

  /** The address of a write, for the log. */
  static area(rect: Rect): string {
    return formatArea(rect);
  }

  address(sheet: SheetModel, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }
}
