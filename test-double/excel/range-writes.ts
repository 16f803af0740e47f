/**
 * What the range writes do to the model when a sync applies them: cells from 2-D arrays, number
 * formats, fills by copyFrom, clearing. Each is logged once, with the area it touched.
 */
import { Rect, formatArea, rectColumns, rectRows } from "./a1";
import { Content, contentOf } from "./cells";
import { richApiError } from "./errors";
import { SheetModel, UnsupportedRecord, WorkbookModel, WriteKind } from "./model";
import { interpretInput } from "./values";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** The 2-D array must match the range exactly (Office.js: InvalidArgument). */
export function checkShape(target: RangeTarget, array: unknown, what: string): unknown[][] {
  const rows = rectRows(target.rect);
  const columns = rectColumns(target.rect);
  const ok =
    Array.isArray(array) &&
    array.length === rows &&
    array.every((row) => Array.isArray(row) && row.length === columns);
  if (!ok) {
    const got = Array.isArray(array)
      ? `${array.length}×${Array.isArray(array[0]) ? array[0].length : "?"}`
      : typeof array;
    throw richApiError(
      "InvalidArgument",
      `${what}: the array is ${got} but the range is ${rows}×${columns}`,
      `Range.${what}`
    );
  }
  return array as unknown[][];
}

/** A protected sheet's (locked) cells refuse writes, as in Excel. */
export function checkUnprotected(sheet: SheetModel): void {
  if (sheet.protected)
    throw richApiError("AccessDenied", `the worksheet '${sheet.name}' is protected`);
}

function hasTextFormat(sheet: SheetModel, rect: Rect): boolean {
  return sheet
    .formatOpsIn(rect)
    .some((op) => op.patch !== "clear" && op.patch.numberFormat === "@");
}

export function writeCells(
  book: WorkbookModel,
  target: RangeTarget,
  array: unknown,
  what: "values" | "formulas"
): void {
  const rows = checkShape(target, array, what);
  const { sheet, rect } = target;
  checkUnprotected(sheet);
  const textChecked = hasTextFormat(sheet, rect);
  const notes: UnsupportedRecord[] = [];
  for (let j = 0; j < rectColumns(rect); j++) {
    const col = rect.left + j;
    const contents: (Content | undefined | null)[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rect.top + i;
      const text = textChecked && sheet.format(row, col).numberFormat === "@";
      const result = interpretInput(rows[i][j], text);
      if (!result) {
        throw richApiError(
          "InvalidArgument",
          `${what}: cannot write ${String(rows[i][j])}`,
          `Range.${what}`
        );
      }
      if ("keep" in result) contents.push(null);
      else {
        contents.push(result.content);
        if (result.note) {
          const address = formatArea({ top: row, bottom: row, left: col, right: col });
          notes.push({
            sheet: sheet.name,
            address,
            formula: String(rows[i][j]),
            reason: result.note,
          });
        }
      }
    }
    const column = sheet.column(col);
    if (contents.includes(null)) {
      contents.forEach((c, i) => c !== null && column.set(rect.top + i, c));
    } else {
      column.clear(rect.top, rect.bottom);
      contents.forEach((c, i) => c !== undefined && c !== "" && column.cells.set(rect.top + i, c!));
    }
  }
  for (const n of notes) book.unsupportedByCell.set(`${sheet.id}!${n.address}`, n);
  book.log(sheet, formatArea(rect), what);
}

export function writeNumberFormats(book: WorkbookModel, target: RangeTarget, array: unknown) {
  const rows = checkShape(target, array, "numberFormat");
  const { sheet, rect } = target;
  checkUnprotected(sheet);
  for (const row of rows) {
    for (const f of row) {
      if (f !== null && typeof f !== "string") {
        throw richApiError(
          "InvalidArgument",
          "numberFormat entries must be strings",
          "Range.numberFormat"
        );
      }
    }
  }
  const first = rows[0][0];
  if (first !== null && rows.every((r) => r.every((f) => f === first))) {
    sheet.formatOps.push({ rect, patch: { numberFormat: first as string } });
  } else {
    // Vertical runs of one format per column keep the op list short for column-wise formats.
    for (let j = 0; j < rectColumns(rect); j++) {
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i][j] === rows[start][j]) continue;
        const f = rows[start][j];
        if (f !== null) {
          const col = rect.left + j;
          sheet.formatOps.push({
            rect: { top: rect.top + start, bottom: rect.top + i - 1, left: col, right: col },
            patch: { numberFormat: f as string },
          });
        }
        start = i;
      }
    }
  }
  book.log(sheet, formatArea(rect), "numberFormat");
}

/**
 * `Range.copyFrom(source, "Formulas")`: the source tiles the destination (or, when the
 * destination is not a multiple of it, is pasted once at its top-left), relative references
 * moving as in a fill. A one-row source becomes a column fill, stored without copying cells.
 */
export function copyFormulas(book: WorkbookModel, dest: RangeTarget, source: RangeTarget): void {
  const srcRows = rectRows(source.rect);
  const srcColumns = rectColumns(source.rect);
  const destRows = rectRows(dest.rect) % srcRows === 0 ? rectRows(dest.rect) : srcRows;
  const destColumns =
    rectColumns(dest.rect) % srcColumns === 0 ? rectColumns(dest.rect) : srcColumns;
  const top = dest.rect.top;
  const bottom = top + destRows - 1;
  const anchors: (Content | undefined)[][] = [];
  for (let i = 0; i < srcRows; i++) {
    anchors.push([]);
    for (let j = 0; j < srcColumns; j++) {
      anchors[i].push(source.sheet.content(source.rect.top + i, source.rect.left + j));
    }
  }
  for (let dj = 0; dj < destColumns; dj++) {
    const col = dest.rect.left + dj;
    const j = dj % srcColumns;
    const anchorColumn = source.rect.left + j;
    const column = dest.sheet.column(col);
    if (srcRows === 1) {
      const content = anchors[0][j];
      if (content === undefined) column.clear(top, bottom);
      else column.fill({ top, bottom, content, anchorRow: source.rect.top, anchorColumn });
      continue;
    }
    column.clear(top, bottom);
    for (let di = 0; di < destRows; di++) {
      const i = di % srcRows;
      const content = anchors[i][j];
      if (content === undefined) continue;
      const fill = { top: 0, bottom: 0, content, anchorRow: source.rect.top + i, anchorColumn };
      column.cells.set(top + di, contentOf(fill, top + di, col));
    }
  }
  const rect = { top, bottom, left: dest.rect.left, right: dest.rect.left + destColumns - 1 };
  book.log(dest.sheet, formatArea(rect), "copyFrom");
}

export type ClearTarget = "All" | "Contents" | "Formats";

export function clearRange(book: WorkbookModel, target: RangeTarget, applyTo: ClearTarget): void {
  const { sheet, rect } = target;
  checkUnprotected(sheet);
  if (applyTo === "All" || applyTo === "Contents") {
    for (const column of sheet.columns.values()) {
      if (column.index >= rect.left && column.index <= rect.right)
        column.clear(rect.top, rect.bottom);
    }
  }
  if (applyTo === "All" || applyTo === "Formats") {
    sheet.formatOps.push({ rect, patch: "clear" });
    sheet.clearConditionalFormats(rect);
  }
  book.log(sheet, formatArea(rect), "clear");
}

export function logWrite(book: WorkbookModel, target: RangeTarget, what: WriteKind): void {
  book.log(target.sheet, formatArea(target.rect), what);
}
