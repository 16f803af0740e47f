/**
 * A planned sheet as a list of write operations: plain data, no Office.js, so what the Excel
 * writer will do is decided (and tested) here and `write-apply.ts` only translates each
 * operation into Office.js calls. Cells become fully populated rectangles (one 2-D write each);
 * a column fill becomes its top formula plus one `copyFrom` over the span; formats go per
 * rectangle of equally styled cells.
 *
 * Over 300 lines: one plan-to-operations translation; its parts share the rectangle grouping.
 */
import {
  CellStyle,
  ColumnFill,
  ConditionalFormat,
  DefinedName,
  OUTPUT_STRINGS,
  PrintSetup,
  Span,
  PlannedCell,
  PlannedSheet,
  Rect,
  SheetPlan,
  Validation,
} from "../health-score";
import { columnWidthPoints } from "./write-units";

/** What a cell receives through `Range.formulas`: a number, a text or `=formula`. */
export type CellInput = string | number;

/** Cell formatting other than the number format, which is written per cell (2-D array). */
export type RangeStyle = Omit<CellStyle, "numberFormat">;

export type WriteOp =
  | {
      readonly kind: "cells";
      readonly sheet: string;
      readonly rect: Rect;
      readonly inputs: readonly (readonly CellInput[])[];
    }
  | {
      /** `formulas` go to the rect's top row; `copyFrom` fills the rows below. */
      readonly kind: "fill";
      readonly sheet: string;
      readonly rect: Rect;
      readonly formulas: readonly string[];
    }
  | {
      readonly kind: "style";
      readonly sheet: string;
      readonly rect: Rect;
      readonly style: RangeStyle;
    }
  | {
      readonly kind: "numberFormat";
      readonly sheet: string;
      readonly rect: Rect;
      readonly format: string;
    }
  | { readonly kind: "readingOrder"; readonly sheet: string; readonly rect: Rect }
  | {
      readonly kind: "columnWidth";
      readonly sheet: string;
      readonly column: number;
      readonly points: number;
    }
  | {
      readonly kind: "rowHeight";
      readonly sheet: string;
      readonly row: number;
      readonly points: number;
    }
  | {
      readonly kind: "freeze";
      readonly sheet: string;
      readonly rows: number;
      readonly columns: number;
    }
  | { readonly kind: "autoFilter"; readonly sheet: string; readonly rect: Rect }
  | {
      readonly kind: "conditionalFormat";
      readonly sheet: string;
      readonly format: ConditionalFormat;
    }
  | { readonly kind: "validation"; readonly sheet: string; readonly validation: Validation }
  | { readonly kind: "name"; readonly sheet: string; readonly name: DefinedName }
  | { readonly kind: "print"; readonly sheet: string; readonly print: PrintSetup }
  | {
      /** `group`: Range.group (ExcelApi 1.10); otherwise the columns are hidden. */
      readonly kind: "outline";
      readonly sheet: string;
      readonly columns: readonly Span[];
      readonly group: boolean;
    }
  | { readonly kind: "activate"; readonly sheet: string };

/**
 * The text as typed input that stays this text. Excel parses what `Range.values`/`formulas`
 * receive as if typed: "2024" becomes a number, "1/2" a date, "TRUE" a boolean, "=x" a
 * formula. A leading apostrophe (Excel's prefix character, not part of the value) keeps it text;
 * it is added only where parsing could change the text, so plain labels stay unprefixed.
 */
export function textInput(text: string): string {
  const plain = text !== "" && !/[0-9]/.test(text) && !/^[=+\-@'#\s]/.test(text);
  return plain && !/^(true|false)$/i.test(text) ? text : `'${text}`;
}

export const cellInput = (cell: PlannedCell): CellInput | undefined =>
  cell.formula !== undefined
    ? `=${cell.formula}`
    : typeof cell.value === "string"
      ? textInput(cell.value)
      : cell.value;

interface Positioned {
  readonly row: number;
  readonly column: number;
}

/**
 * Fully populated rectangles covering `items`: runs of adjacent columns in a row whose items
 * `belong` together, merged with identical runs in the rows just above. Each rectangle lists its
 * items row by row.
 */
export function rectangles<T extends Positioned>(
  items: readonly T[],
  belong: (a: T, b: T) => boolean = () => true
): { rect: Rect; items: T[][] }[] {
  const sorted = [...items].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row === item.row && last.column + 1 === item.column && belong(last, item))
      run.push(item);
    else runs.push([item]);
  }
  const done: { rect: Rect; items: T[][] }[] = [];
  const open = new Map<string, { rect: Rect; items: T[][] }>();
  for (const run of runs) {
    const { row, column: left } = run[0];
    const right = run[run.length - 1].column;
    const key = `${left}:${right}`;
    const block = open.get(key);
    if (block && block.rect.bottom === row - 1 && belong(block.items[0][0], run[0])) {
      block.items.push(run);
      open.set(key, { rect: { ...block.rect, bottom: row }, items: block.items });
    } else {
      if (block) done.push(block);
      open.set(key, { rect: { top: row, left, bottom: row, right }, items: [run] });
    }
  }
  return [...done, ...open.values()].sort(
    (a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left
  );
}

const styleOf = (plan: SheetPlan, key: string | undefined): CellStyle =>
  key ? (plan.styles[key] ?? {}) : {};

function rangeStyle(style: CellStyle): RangeStyle | undefined {
  const { numberFormat: _, ...rest } = style;
  void _;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Fills side by side with one row span: one top-row write and one `copyFrom`. */
function fillGroups(fills: readonly ColumnFill[]): ColumnFill[][] {
  const sorted = [...fills].sort(
    (a, b) => a.firstRow - b.firstRow || a.lastRow - b.lastRow || a.column - b.column
  );
  const groups: ColumnFill[][] = [];
  for (const f of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (
      last &&
      last.firstRow === f.firstRow &&
      last.lastRow === f.lastRow &&
      last.column + 1 === f.column
    )
      group.push(f);
    else groups.push([f]);
  }
  return groups;
}

/** Every cell of the sheet that carries a style, fills expanded to one item per column span. */
interface Styled {
  readonly row: number;
  readonly column: number;
  readonly bottom: number;
  readonly style: string;
}

function formatOps(sheet: PlannedSheet, plan: SheetPlan): WriteOp[] {
  const ops: WriteOp[] = [];
  const name = sheet.name;
  const cells: Styled[] = sheet.cells
    .filter((c) => c.style !== undefined)
    .map((c) => ({ row: c.row, column: c.column, bottom: c.row, style: c.style as string }));
  const fills: Styled[] = sheet.fills
    .filter((f) => f.style !== undefined)
    .map((f) => ({
      row: f.firstRow,
      column: f.column,
      bottom: f.lastRow,
      style: f.style as string,
    }));
  const blocks = [
    ...rectangles(cells, (a, b) => a.style === b.style),
    // Fill spans are merged across adjacent columns only (each already covers its rows).
    ...rectangles(fills, (a, b) => a.style === b.style && a.bottom === b.bottom).map((b) => ({
      rect: { ...b.rect, bottom: b.items[0][0].bottom },
      items: b.items,
    })),
  ];
  for (const { rect, items } of blocks) {
    const style = styleOf(plan, items[0][0].style);
    const range = rangeStyle(style);
    if (range) ops.push({ kind: "style", sheet: name, rect, style: range });
    if (style.numberFormat !== undefined)
      ops.push({ kind: "numberFormat", sheet: name, rect, format: style.numberFormat });
  }
  return ops;
}

/**
 * Conditional formats in reverse: Office.js adds each at the top priority, so the plan's first
 * wins.
 */
const conditionalFormatOps = (sheet: PlannedSheet): WriteOp[] =>
  [...sheet.conditionalFormats]
    .reverse()
    .map((format) => ({ kind: "conditionalFormat", sheet: sheet.name, format }));

export interface SheetOpsOptions {
  /** Names the sheet already carries and keeps (a Rebuild keeps its marker). */
  readonly keepNames?: ReadonlySet<string>;
  /** How helper columns are folded away: grouped (ExcelApi 1.10, the default) or hidden. */
  readonly outline?: "group" | "hide";
}

/**
 * The operations that write one planned sheet, in an order that works: names first (formulas
 * such as the Status row refer to source names), then cells, fills, formats, layout, conditional
 * formats and validations.
 */
export function sheetOps(
  sheet: PlannedSheet,
  plan: SheetPlan,
  options: SheetOpsOptions = {}
): WriteOp[] {
  const name = sheet.name;
  const ops: WriteOp[] = sheet.names
    .filter((n) => !options.keepNames?.has(n.name))
    .map((n) => ({ kind: "name", sheet: name, name: n }));
  const written = sheet.cells.filter((c) => cellInput(c) !== undefined);
  for (const { rect, items } of rectangles(written))
    ops.push({
      kind: "cells",
      sheet: name,
      rect,
      inputs: items.map((row) => row.map((c) => cellInput(c) as CellInput)),
    });
  for (const group of fillGroups(sheet.fills)) {
    const first = group[0];
    ops.push({
      kind: "fill",
      sheet: name,
      rect: {
        top: first.firstRow,
        left: first.column,
        bottom: first.lastRow,
        right: group[group.length - 1].column,
      },
      formulas: group.map((f) => `=${f.formula}`),
    });
  }
  ops.push(...formatOps(sheet, plan));
  if (sheet.rightToLeft) {
    const texts = sheet.cells.filter((c) => c.formula === undefined && typeof c.value === "string");
    for (const { rect } of rectangles(texts)) ops.push({ kind: "readingOrder", sheet: name, rect });
  }
  for (const w of sheet.widths)
    ops.push({
      kind: "columnWidth",
      sheet: name,
      column: w.column,
      points: columnWidthPoints(w.width),
    });
  for (const h of sheet.heights)
    ops.push({ kind: "rowHeight", sheet: name, row: h.row, points: h.height });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0))
    ops.push({ kind: "freeze", sheet: name, ...sheet.freeze });
  if (sheet.autoFilter) ops.push({ kind: "autoFilter", sheet: name, rect: sheet.autoFilter });
  ops.push(...conditionalFormatOps(sheet));
  for (const validation of sheet.validations)
    ops.push({ kind: "validation", sheet: name, validation });
  if (sheet.print) ops.push({ kind: "print", sheet: name, print: sheet.print });
  if (sheet.outline && sheet.outline.columns.length > 0)
    ops.push({
      kind: "outline",
      sheet: name,
      columns: sheet.outline.columns,
      group: (options.outline ?? "group") === "group",
    });
  return ops;
}

/** Where a failed Rebuild writes its banner: the panel title cell (panel row 1). */
export function bannerCell(plan: SheetPlan): {
  sheet: string;
  row: number;
  column: number;
  text: string;
} {
  const score = scoreSheetOf(plan);
  const strings = OUTPUT_STRINGS[plan.locale];
  const title = score.cells.find((c) => c.row === 1 && c.value === strings.modelTitle);
  if (!title) throw new Error("The plan has no panel title cell.");
  return {
    sheet: score.name,
    row: title.row,
    column: title.column,
    text: strings.rebuildIncomplete,
  };
}

export function scoreSheetOf(plan: SheetPlan): PlannedSheet {
  const score = plan.sheets.find((s) => s.kind === "score");
  if (!score) throw new Error("The plan has no score sheet.");
  return score;
}
