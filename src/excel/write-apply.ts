/**
 * Write operations as Office.js calls, queued on a request context (nothing is sent until the
 * caller syncs). Enum values are string literals, which Office.js accepts, so no `Excel`
 * global is needed at run time.
 */
import type { ExcelContext, ExcelRange, ExcelWorksheet } from "./excel-surface";
import { ConditionalFormat, Rect, Validation } from "../health-score";
import { columnLetters } from "../a1/a1";
import { WriteOp } from "./write-ops";
import { applyColumnOutline, applyPrintSetup } from "./write-print";

const color = (rgb: string) => `#${rgb}`;

export const rangeOf = (sheet: ExcelWorksheet, r: Rect): ExcelRange =>
  sheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);

/** Worksheet proxies by name, one per batch, so operations do not each create one. */
export function sheetCache(context: ExcelContext): (name: string) => ExcelWorksheet {
  const cache = new Map<string, ExcelWorksheet>();
  return (name) => {
    let sheet = cache.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      cache.set(name, sheet);
    }
    return sheet;
  };
}

export function applyOp(sheetOf: (name: string) => ExcelWorksheet, op: WriteOp): void {
  const sheet = sheetOf(op.sheet);
  switch (op.kind) {
    case "cells":
      rangeOf(sheet, op.rect).formulas = op.inputs as (string | number)[][];
      return;
    case "fill": {
      const { rect } = op;
      const top = rangeOf(sheet, { ...rect, bottom: rect.top });
      top.formulas = [[...op.formulas]];
      if (rect.bottom > rect.top)
        rangeOf(sheet, { ...rect, top: rect.top + 1 }).copyFrom(top, "Formulas");
      return;
    }
    case "style": {
      const format = rangeOf(sheet, op.rect).format;
      const { bold, fill, fontColor, wrap } = op.style;
      if (bold !== undefined) format.font.bold = bold;
      if (fontColor !== undefined) format.font.color = color(fontColor);
      if (fill !== undefined) format.fill.color = color(fill);
      if (wrap !== undefined) format.wrapText = wrap;
      return;
    }
    case "numberFormat": {
      const { rect } = op;
      const row = new Array<string>(rect.right - rect.left + 1).fill(op.format);
      const grid: string[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) grid.push(row);
      rangeOf(sheet, rect).numberFormat = grid;
      return;
    }
    case "readingOrder":
      rangeOf(sheet, op.rect).format.readingOrder = "RightToLeft";
      return;
    case "columnWidth": {
      const letters = columnLetters(op.column);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = op.points;
      return;
    }
    case "rowHeight":
      sheet.getRange(`${op.row}:${op.row}`).format.rowHeight = op.points;
      return;
    case "freeze":
      freeze(sheet, op.rows, op.columns);
      return;
    case "autoFilter":
      sheet.autoFilter.apply(rangeOf(sheet, op.rect));
      return;
    case "conditionalFormat":
      addConditionalFormat(rangeOf(sheet, op.format.range), op.format);
      return;
    case "validation":
      addValidation(rangeOf(sheet, op.validation.range), op.validation);
      return;
    case "name": {
      const item = sheet.names.add(op.name.name, `=${op.name.formula}`);
      if (op.name.hidden) item.visible = false;
      return;
    }
    case "print":
      applyPrintSetup(sheet, op.print);
      return;
    case "outline":
      applyColumnOutline(sheet, op.columns, op.group);
      return;
    case "activate":
      sheet.activate();
      return;
  }
}

/** The top-left block that stays in view: whole rows, whole columns, or both. */
/** Top rows only, left columns only, or the block where both meet (ExcelApi 1.7). */
function freeze(sheet: ExcelWorksheet, rows: number, columns: number): void {
  if (columns === 0) sheet.freezePanes.freezeRows(rows);
  else if (rows === 0) sheet.freezePanes.freezeColumns(columns);
  else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
}

function addConditionalFormat(range: ExcelRange, f: ConditionalFormat): void {
  switch (f.kind) {
    case "formula": {
      const custom = range.conditionalFormats.add("Custom").custom;
      custom.rule.formula = `=${f.formula}`;
      if (f.fill !== undefined) custom.format.fill.color = color(f.fill);
      if (f.fontColor !== undefined) custom.format.font.color = color(f.fontColor);
      return;
    }
    case "dataBar": {
      const bar = range.conditionalFormats.add("DataBar").dataBar;
      bar.barDirection = "Context";
      bar.lowerBoundRule = { type: "Number", formula: String(f.min) };
      bar.upperBoundRule = { type: "Number", formula: String(f.max) };
      bar.positiveFormat.fillColor = color(f.color);
      return;
    }
    case "colorScale": {
      const stop = (s: { value: number; color: string }) => ({
        type: "Number" as const,
        formula: String(s.value),
        color: color(s.color),
      });
      const stops = f.stops;
      range.conditionalFormats.add("ColorScale").colorScale.criteria = {
        minimum: stop(stops[0]),
        ...(stops.length === 3 ? { midpoint: stop(stops[1]) } : {}),
        maximum: stop(stops[stops.length - 1]),
      };
      return;
    }
  }
}

const OPERATOR = { greaterThan: "GreaterThan", between: "Between" } as const;

function addValidation(range: ExcelRange, v: Validation): void {
  range.dataValidation.rule = {
    decimal: {
      operator: OPERATOR[v.operator],
      formula1: v.values[0],
      ...(v.values.length > 1 ? { formula2: v.values[1] } : {}),
    },
  };
  range.dataValidation.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
}
