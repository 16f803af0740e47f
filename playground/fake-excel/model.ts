/**
 * The fake workbook's state: sheets (cells, formats, conditional formats, validations, names,
 * view settings), selection, protection, settings, and the record of every applied write. The
 * Office.js proxies (api/) change it only at `context.sync()`; tests read it through FakeWorkbook.
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
import { Column, Content, isFormula } from "./cells";
import {
  FormulaBook,
  FormulaValue,
  coreFunctionValue,
  evaluateFormula,
  shiftFormula,
} from "./formulas";
import { Reference, formatReference, referencedSheets, rewriteReferences } from "./references";
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

/** What a sheet-scoped name refers to when it is a plain reference. */
export interface NameTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
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
  /** Cells being evaluated, per sheet, to catch circular references. */
  private readonly evaluating = new Map<SheetModel, Set<number>>();
  private nextConditionalFormatId = 1;
  private revision = 0;

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

  // ---- values ---------------------------------------------------------------------------

  /** The computed value of a cell: its constant, or its formula's result (null = empty). */
  computed(sheet: SheetModel, row: number, column: number): FormulaValue {
    const col = sheet.columns.get(column);
    if (!col) return null;
    const explicit = col.cells.get(row);
    const fill = explicit === undefined ? col.fillAt(row) : undefined;
    const content = explicit ?? fill?.content;
    if (content === undefined) return null;
    if (!isFormula(content)) return content;
    if (col.computedRevision !== this.revision) {
      col.computed.clear();
      col.computedRevision = this.revision;
    }
    const hit = col.computed.get(row);
    if (hit !== undefined) return hit;
    const anchor = fill && { row: fill.anchorRow, column: fill.anchorColumn };
    const value = this.evaluate(sheet, row, column, content.formula, anchor);
    col.computed.set(row, value);
    return value;
  }

  /** Evaluates `formula`, written in `anchor` when the cell is part of a fill. */
  private evaluate(
    sheet: SheetModel,
    row: number,
    column: number,
    formula: string,
    anchor?: { row: number; column: number }
  ): FormulaValue {
    const address = () => formatArea({ top: row, bottom: row, left: column, right: column });
    const where = row * MAX_COLUMNS + column;
    let evaluating = this.evaluating.get(sheet);
    if (!evaluating) {
      evaluating = new Set();
      this.evaluating.set(sheet, evaluating);
    }
    if (evaluating.has(where)) {
      this.recordUnsupported(sheet, address(), formula, "circular reference");
      return { error: "#CYCLE!" };
    }
    evaluating.add(where);
    let value: FormulaValue;
    try {
      value = evaluateFormula(
        formula.slice(1),
        {
          sheet: sheet.name,
          row: row + 1,
          column: column + 1,
          anchor: anchor && { row: anchor.row + 1, column: anchor.column + 1 },
        },
        this.formulaBook
      );
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      value = { unsupported: "formula chain too deep for the fake's recursive evaluation" };
    } finally {
      evaluating.delete(where);
    }
    if (value !== null && typeof value === "object" && "unsupported" in value) {
      const text = anchor
        ? shiftFormula(formula, row - anchor.row, column - anchor.column)
        : formula;
      this.recordUnsupported(sheet, address(), text, value.unsupported);
    }
    return value;
  }

  private recordUnsupported(sheet: SheetModel, address: string, formula: string, reason: string) {
    const key = `${sheet.id}!${address}`;
    this.unsupportedByCell.set(key, { sheet: sheet.name, address, formula, reason });
  }

  /** The workbook as the evaluator sees it (rows and columns from 1). */
  private readonly formulaBook: FormulaBook = {
    value: (sheetName, row, column) => {
      const sheet = this.sheet(sheetName);
      return sheet ? this.computed(sheet, row - 1, column - 1) : { error: "#REF!" };
    },
    sheetNames: () => this.sheets.map((s) => s.name),
    usedRows: (sheetName) => this.sheet(sheetName)?.usedRows() ?? 0,
    name: (scope, name) => this.sheet(scope)?.findName(name)?.formula.replace(/^=/, ""),
    revision: () => this.revision,
    // CS.* cells compute as in Excel with the add-in loaded: the formula core behind them.
    csFunction: (id, args) => coreFunctionValue(id, args),
  };

  /** The range a name's formula denotes when it is a single reference, else undefined. */
  nameTarget(scope: SheetModel, formula: string): NameTarget | undefined {
    let found: Reference | undefined;
    let count = 0;
    const rest = rewriteReferences(formula.replace(/^=/, ""), (ref) => {
      found = ref;
      count++;
      return "";
    });
    if (count !== 1 || rest.trim() !== "" || !found) return undefined;
    const ref: Reference = found;
    const sheet = ref.sheet === undefined ? scope : this.sheet(ref.sheet);
    if (!sheet) return undefined;
    const rect: Rect = {
      top: Math.min(ref.start.row ?? 0, ref.end.row ?? 0),
      bottom: ref.start.row === undefined ? MAX_ROWS - 1 : Math.max(ref.start.row, ref.end.row!),
      left: Math.min(ref.start.column ?? 0, ref.end.column ?? 0),
      right:
        ref.start.column === undefined
          ? MAX_COLUMNS - 1
          : Math.max(ref.start.column, ref.end.column!),
    };
    return { sheet, rect };
  }

  // ---- structure ------------------------------------------------------------------------

  /** Applies `rewrite` to every formula of the workbook: cells, fills, names, rules. */
  rewriteFormulas(rewrite: (formula: string, host: SheetModel) => string): void {
    for (const sheet of this.sheets) {
      for (const column of sheet.columns.values()) {
        for (const [row, content] of column.cells) {
          if (isFormula(content))
            column.cells.set(row, { formula: rewrite(content.formula, sheet) });
        }
        column.fills = column.fills.map((f) =>
          isFormula(f.content)
            ? { ...f, content: { formula: rewrite(f.content.formula, sheet) } }
            : f
        );
      }
      for (const n of sheet.names) n.formula = rewrite(n.formula, sheet);
      for (const cf of sheet.conditionalFormats) {
        if (cf.custom?.formula) cf.custom.formula = rewrite(cf.custom.formula, sheet);
      }
    }
    this.changed();
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const old = sheet.name.toLowerCase();
    sheet.name = name;
    this.rewriteFormulas((formula) =>
      rewriteReferences(formula, (ref) =>
        ref.sheet?.toLowerCase() === old ? formatReference({ ...ref, sheet: name }) : undefined
      )
    );
  }

  deleteSheet(sheet: SheetModel): void {
    const old = sheet.name.toLowerCase();
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    this.rewriteFormulas((formula) =>
      rewriteReferences(formula, (ref) =>
        ref.sheet?.toLowerCase() === old
          ? "#REF!" + formatReference({ ...ref, sheet: undefined })
          : undefined
      )
    );
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
    if (this.selection.sheet === sheet) {
      this.selection = {
        sheet: this.activeSheet,
        areas: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      };
    }
  }

  /** Inserts `count` rows before row `at` of `sheet`, moving cells and every reference to them. */
  insertRows(sheet: SheetModel, at: number, count: number): void {
    const name = sheet.name.toLowerCase();
    const pointsHere = (formula: string, host: SheetModel): boolean =>
      host === sheet || [...referencedSheets(formula)].some((s) => s.toLowerCase() === name);
    for (const host of this.sheets) {
      for (const column of host.columns.values()) {
        if (
          column.fills.some((f) => isFormula(f.content) && pointsHere(f.content.formula, host)) ||
          host === sheet
        ) {
          column.materialise();
        }
      }
    }
    for (const column of sheet.columns.values()) column.moveRows(at, count, MAX_ROWS);
    const moveRect = (r: Rect): Rect =>
      r.bottom === MAX_ROWS - 1 && r.top === 0
        ? r
        : {
            ...r,
            top: r.top >= at ? r.top + count : r.top,
            bottom: Math.min(MAX_ROWS - 1, r.bottom >= at ? r.bottom + count : r.bottom),
          };
    sheet.formatOps = sheet.formatOps.map((op) => ({ ...op, rect: moveRect(op.rect) }));
    sheet.validationOps = sheet.validationOps.map((op) => ({ ...op, rect: moveRect(op.rect) }));
    for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.map(moveRect);
    if (sheet.autoFilter) sheet.autoFilter = moveRect(sheet.autoFilter);
    const heights = [...sheet.rowHeights];
    sheet.rowHeights.clear();
    for (const [row, h] of heights) sheet.rowHeights.set(row >= at ? row + count : row, h);
    const moveRow = (row: number | undefined): number | undefined =>
      row === undefined || row < at ? row : Math.min(MAX_ROWS - 1, row + count);
    this.rewriteFormulas((formula, host) =>
      rewriteReferences(formula, (ref) => {
        const target = ref.sheet === undefined ? host : this.sheet(ref.sheet);
        if (target !== sheet || ref.start.row === undefined) return undefined;
        return formatReference({
          ...ref,
          start: { ...ref.start, row: moveRow(ref.start.row) },
          end:
            ref.end === ref.start
              ? { ...ref.start, row: moveRow(ref.start.row) }
              : { ...ref.end, row: moveRow(ref.end.row) },
        });
      })
    );
  }

  /** The address of a write, for the log. */
  static area(rect: Rect): string {
    return formatArea(rect);
  }

  address(sheet: SheetModel, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }
}
