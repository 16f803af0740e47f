/**
 * FakeWorkbook: what tests and the playground see of the fake workbook, and how they act as the
 * user (typing into cells, renaming or deleting sheets, inserting rows, selecting, protecting).
 * User actions are not in `writeLog`, which holds only what the add-in wrote through Office.js.
 */
import { Rect, formatArea, parseArea, splitAreas, splitSheet } from "./a1";
import { Content } from "./cells";
import { richApiError } from "./errors";
import { CellFormat, SheetModel, UnsupportedRecord, WorkbookModel, WriteRecord } from "./model";
import { computedValue } from "./recalculation";
import { deleteSheet, insertRows, renameSheet } from "./structural-edits";
import { BookSnapshot, Change, diffSnapshots, takeSnapshot } from "./snapshot";
import { displayValue, formulaText, valueType } from "./values";

/** A cell as the options and `setCell` take it: a constant, an error, or a formula. */
export type CellInput =
  number | string | boolean | null | { readonly error: string } | { readonly formula: string };

export interface CellView {
  /** As `Range.values` shows it: computed, "" when empty, "#N/A" for an error. */
  readonly value: number | string | boolean;
  readonly valueType: string;
  /** The formula with its "=", when the cell holds one. */
  readonly formula?: string;
  readonly numberFormat: string;
  readonly format: Omit<CellFormat, "numberFormat">;
}

export function toContent(input: CellInput): Content | undefined {
  if (input === null || input === "") return undefined;
  if (typeof input === "object" && "formula" in input) {
    return { formula: input.formula.startsWith("=") ? input.formula : `=${input.formula}` };
  }
  return input;
}

/** Parses "A1:A10,C1:C10" into areas. */
export function parseAreas(address: string): Rect[] {
  return splitAreas(address).map((part) => {
    const split = splitSheet(part);
    const rect = split && parseArea(split.area);
    if (!rect) throw richApiError("InvalidArgument", `'${address}' is not a valid address`);
    return rect;
  });
}

export class FakeWorkbook {
  constructor(readonly model: WorkbookModel) {}

  private sheet(name: string): SheetModel {
    return this.model.requireSheet(name);
  }

  get sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    return this.model.activeSheet.name;
  }

  get selection(): { sheet: string; address: string } {
    const { sheet, areas } = this.model.selection;
    return { sheet: sheet.name, address: areas.map((a) => formatArea(a)).join(",") };
  }

  /** Every write the add-in applied, in order. */
  get writeLog(): readonly WriteRecord[] {
    return this.model.writeLog;
  }

  get syncs(): number {
    return this.model.syncs;
  }

  /** Request bytes of each sync, in order (failed ones included). */
  get payloads(): readonly number[] {
    return this.model.payloads;
  }

  /** Formulas the fake could not compute, and text it would not convert as Excel does. */
  get unsupported(): UnsupportedRecord[] {
    return [...this.model.unsupportedByCell.values()];
  }

  /** The document settings as last saved with `saveAsync`. */
  get settings(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.model.savedSettings));
  }

  get settingsSaves(): number {
    return this.model.settingsSaves;
  }

  get structureProtected(): boolean {
    return this.model.structureProtected;
  }

  cell(sheet: string, row: number, column: number): CellView {
    const s = this.sheet(sheet);
    const computed = computedValue(this.model, s, row, column);
    const content = s.content(row, column);
    const { numberFormat, ...format } = s.format(row, column);
    const view = {
      value: displayValue(computed),
      valueType: valueType(computed),
      numberFormat,
      format,
    };
    return typeof content === "object" && "formula" in content
      ? { ...view, formula: content.formula }
      : view;
  }

  /** `Range.values` of an area ("A1:C3"). */
  values(sheet: string, address: string): (number | string | boolean)[][] {
    return this.grid(sheet, address, (s, r, c) => displayValue(computedValue(this.model, s, r, c)));
  }

  /** `Range.formulas` of an area. */
  formulas(sheet: string, address: string): (number | string | boolean)[][] {
    return this.grid(sheet, address, (s, r, c) => formulaText(s.content(r, c)));
  }

  private grid<T>(
    sheet: string,
    address: string,
    cell: (s: SheetModel, r: number, c: number) => T
  ): T[][] {
    const s = this.sheet(sheet);
    const [rect] = parseAreas(address);
    const rows: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(cell(s, r, c));
      rows.push(row);
    }
    return rows;
  }

  /** The used range's A1 area ("" when empty). */
  usedRange(sheet: string, valuesOnly = false): string {
    const rect = this.sheet(sheet).usedRect(valuesOnly);
    return rect ? formatArea(rect) : "";
  }

  /** Set widths in points by 0-based column. */
  columnWidths(sheet: string): Record<number, number> {
    return Object.fromEntries(this.sheet(sheet).columnWidths);
  }

  rowHeights(sheet: string): Record<number, number> {
    return Object.fromEntries(this.sheet(sheet).rowHeights);
  }

  /** Frozen rows and columns, or undefined. */
  freeze(sheet: string): { rows: number; columns: number } | undefined {
    return this.sheet(sheet).freeze;
  }

  autoFilter(sheet: string): string | undefined {
    const rect = this.sheet(sheet).autoFilter;
    return rect && formatArea(rect);
  }

  conditionalFormats(sheet: string) {
    return this.sheet(sheet).conditionalFormats.map((cf) => ({
      address: cf.rects.map((r) => formatArea(r)).join(","),
      type: cf.type,
      custom: cf.custom,
      dataBar: cf.dataBar,
      colorScale: cf.colorScale,
    }));
  }

  /** The validation of one cell (rule, prompt), or undefined. */
  validation(sheet: string, row: number, column: number) {
    return this.sheet(sheet).validation(row, column);
  }

  /** Validation writes still in force somewhere, with the area each was written to. */
  validations(sheet: string) {
    const s = this.sheet(sheet);
    return s.validationOps
      .filter((op) => !op.clear)
      .filter((op) => {
        const v = s.validation(op.rect.top, op.rect.left);
        return v !== undefined && (op.rule === undefined || v.rule === op.rule);
      })
      .map((op) => ({ address: formatArea(op.rect), rule: op.rule, prompt: op.prompt }));
  }

  names(sheet: string): { name: string; formula: string; visible: boolean }[] {
    return this.sheet(sheet).names.map(({ name, formula, visible }) => ({
      name,
      formula,
      visible,
    }));
  }

  // ---- acting as the user -------------------------------------------------------------

  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.model.activeSheet = s;
    this.model.selection = { sheet: s, areas: parseAreas(address) };
  }

  setCell(sheet: string, row: number, column: number, input: CellInput): void {
    this.sheet(sheet).column(column).set(row, toContent(input));
    this.model.changed();
  }

  /** Adds a sheet at the end, as the user would; `cells` row-major from A1. */
  addSheet(name: string, cells: readonly (readonly CellInput[])[] = []): void {
    if (this.model.sheet(name)) throw richApiError("ItemAlreadyExists", name);
    const sheet = new SheetModel(name);
    cells.forEach((row, r) => row.forEach((input, c) => sheet.column(c).set(r, toContent(input))));
    this.model.sheets.push(sheet);
    this.model.changed();
  }

  deleteSheet(name: string): void {
    deleteSheet(this.model, this.sheet(name));
  }

  renameSheet(name: string, to: string): void {
    renameSheet(this.model, this.sheet(name), to);
  }

  /** Inserts `count` empty rows before 0-based `row`; formulas and names move as in Excel. */
  insertRows(sheet: string, row: number, count = 1): void {
    insertRows(this.model, this.sheet(sheet), row, count);
  }

  /** Protects or unprotects a worksheet, as the user does on the Review tab. */
  protectSheet(sheet: string, on: boolean): void {
    this.sheet(sheet).protected = on;
  }

  visibility(sheet: string): string {
    return this.sheet(sheet).visibility;
  }

  isProtected(sheet: string): boolean {
    return this.sheet(sheet).protected;
  }

  protectStructure(on: boolean): void {
    this.model.structureProtected = on;
  }

  snapshot(): BookSnapshot {
    return takeSnapshot(this.model);
  }

  /** What changed between `before` and `after` (default: now). */
  diff(before: BookSnapshot, after: BookSnapshot = this.snapshot()): Change[] {
    return diffSnapshots(before, after);
  }
}
