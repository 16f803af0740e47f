/**
 * Structural edits of the fake workbook: renaming and deleting sheets, inserting rows. Each
 * rewrites every formula that points at what moved (cells, fills, names, conditional-format
 * rules), as Excel does.
 */
import { MAX_ROWS, Rect } from "./a1";
import { isFormula } from "./cells";
import type { SheetModel, WorkbookModel } from "./model";
import { formatReference, referencedSheets, rewriteReferences } from "./references";

/** Applies `rewrite` to every formula of the workbook: cells, fills, names, rules. */
export function rewriteFormulas(
  book: WorkbookModel,
  rewrite: (formula: string, host: SheetModel) => string
): void {
  for (const sheet of book.sheets) {
    for (const column of sheet.columns.values()) {
      for (const [row, content] of column.cells) {
        if (isFormula(content)) column.cells.set(row, { formula: rewrite(content.formula, sheet) });
      }
      column.fills = column.fills.map((f) =>
        isFormula(f.content) ? { ...f, content: { formula: rewrite(f.content.formula, sheet) } } : f
      );
    }
    for (const n of sheet.names) n.formula = rewrite(n.formula, sheet);
    for (const cf of sheet.conditionalFormats) {
      if (cf.custom?.formula) cf.custom.formula = rewrite(cf.custom.formula, sheet);
    }
  }
  book.changed();
}

export function renameSheet(book: WorkbookModel, sheet: SheetModel, name: string): void {
  const old = sheet.name.toLowerCase();
  sheet.name = name;
  rewriteFormulas(book, (formula) =>
    rewriteReferences(formula, (ref) =>
      ref.sheet?.toLowerCase() === old ? formatReference({ ...ref, sheet: name }) : undefined
    )
  );
}

export function deleteSheet(book: WorkbookModel, sheet: SheetModel): void {
  const old = sheet.name.toLowerCase();
  book.sheets = book.sheets.filter((s) => s !== sheet);
  sheet.deleted = true;
  rewriteFormulas(book, (formula) =>
    rewriteReferences(formula, (ref) =>
      ref.sheet?.toLowerCase() === old
        ? "#REF!" + formatReference({ ...ref, sheet: undefined })
        : undefined
    )
  );
  if (book.activeSheet === sheet) book.activeSheet = book.sheets[0];
  if (book.selection.sheet === sheet) {
    book.selection = {
      sheet: book.activeSheet,
      areas: [{ top: 0, left: 0, bottom: 0, right: 0 }],
    };
  }
}

/** Inserts `count` rows before row `at` of `sheet`, moving cells and every reference to them. */
export function insertRows(
  book: WorkbookModel,
  sheet: SheetModel,
  at: number,
  count: number
): void {
  const name = sheet.name.toLowerCase();
  const pointsHere = (formula: string, host: SheetModel): boolean =>
    host === sheet || [...referencedSheets(formula)].some((s) => s.toLowerCase() === name);
  for (const host of book.sheets) {
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
  rewriteFormulas(book, (formula, host) =>
    rewriteReferences(formula, (ref) => {
      const target = ref.sheet === undefined ? host : book.sheet(ref.sheet);
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
