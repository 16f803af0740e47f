/**
 * The comparison of a written sheet with its SheetPlan, shared by the edge tests on the fake
 * (jest) and the playground tests (the fake in Chromium, read back as a BookView dump).
 */
import { shiftFormula } from "../../src/formula";
import { FakeWorkbook } from "../../test-double/excel";
import { columnWidthPoints } from "../../src/excel/write-units";
import { PlannedSheet, SheetPlan } from "../../src/health-score";
import { columnLetters } from "../../src/a1/a1";

/** What the comparison reads of a workbook: the fake itself, or a dump of it from a page. */
export type BookView = Pick<
  FakeWorkbook,
  | "cell"
  | "formulas"
  | "columnWidths"
  | "rowHeights"
  | "freeze"
  | "autoFilter"
  | "conditionalFormats"
  | "validation"
  | "names"
>;

export const A1 = (row: number, column: number) => `${columnLetters(column)}${row}`;
const hex = (rgb: string | undefined) => (rgb === undefined ? undefined : `#${rgb}`);
/** The fake's `cell`, `validation`, widths and heights count rows and columns from 0. */
export const cellAt = (book: BookView, sheet: string, row: number, column: number) =>
  book.cell(sheet, row - 1, column - 1);

/** Every planned cell, fill row, format, width, CF, validation and name is in the fake. */
export function expectSheetMatchesPlan(book: BookView, plan: SheetPlan, sheet: PlannedSheet) {
  const name = sheet.name;
  for (const c of sheet.cells) {
    const view = cellAt(book, name, c.row, c.column);
    if (c.formula !== undefined) expect(view.formula).toBe(`=${c.formula}`);
    else expect([A1(c.row, c.column), view.value]).toEqual([A1(c.row, c.column), c.value]);
  }
  for (const f of sheet.fills) {
    const address = `${A1(f.firstRow, f.column)}:${A1(f.lastRow, f.column)}`;
    const formulas = book.formulas(name, address).map(([v]) => v);
    formulas.forEach((text, i) => expect(text).toBe(`=${shiftFormula(f.formula, i, 0)}`));
  }
  const styled = [
    ...sheet.cells.map((c) => ({ row: c.row, column: c.column, style: c.style })),
    ...sheet.fills.flatMap((f) =>
      [f.firstRow, f.lastRow].map((row) => ({ row, column: f.column, style: f.style }))
    ),
  ];
  for (const { row, column, style } of styled) {
    const s = style ? plan.styles[style] : {};
    const view = cellAt(book, name, row, column);
    expect([A1(row, column), view.numberFormat]).toEqual([
      A1(row, column),
      s.numberFormat ?? "General",
    ]);
    expect(view.format.bold).toBe(s.bold ?? false);
    expect(view.format.fill).toBe(hex(s.fill) ?? null);
    expect(view.format.fontColor).toBe(hex(s.fontColor) ?? "#000000");
    expect(view.format.wrap).toBe(s.wrap ?? false);
  }
  const widths = book.columnWidths(name);
  for (const w of sheet.widths) expect(widths[w.column - 1]).toBe(columnWidthPoints(w.width));
  const heights = book.rowHeights(name);
  for (const h of sheet.heights) expect(heights[h.row - 1]).toBe(h.height);
  expect(book.freeze(name)).toEqual(sheet.freeze);
  if (sheet.autoFilter) {
    const r = sheet.autoFilter;
    expect(book.autoFilter(name)).toBe(`${A1(r.top, r.left)}:${A1(r.bottom, r.right)}`);
  }
  // Office.js gives each added format the top priority, so the writer adds the plan's first
  // last; the fake lists formats by priority, highest first, as the plan does.
  const formats = book.conditionalFormats(name);
  expect(formats).toHaveLength(sheet.conditionalFormats.length);
  sheet.conditionalFormats.forEach((cf, i) => {
    const got = formats[i];
    const r = cf.range;
    expect(got.address).toBe(`${A1(r.top, r.left)}:${A1(r.bottom, r.right)}`);
    if (cf.kind === "formula")
      expect(got.custom).toEqual({
        formula: `=${cf.formula}`,
        ...(cf.fill ? { fill: hex(cf.fill) } : {}),
        ...(cf.fontColor ? { fontColor: hex(cf.fontColor) } : {}),
      });
    if (cf.kind === "dataBar")
      expect(got.dataBar).toMatchObject({
        lowerBoundRule: { type: "Number", formula: String(cf.min) },
        upperBoundRule: { type: "Number", formula: String(cf.max) },
        positiveFillColor: hex(cf.color),
      });
    if (cf.kind === "colorScale")
      expect(got.colorScale?.criteria).toEqual({
        minimum: { type: "Number", formula: "0", color: "#F8696B" },
        midpoint: { type: "Number", formula: "0.5", color: "#FFEB84" },
        maximum: { type: "Number", formula: "1", color: "#63BE7B" },
      });
  });
  for (const v of sheet.validations) {
    for (const [row, column] of [
      [v.range.top, v.range.left],
      [v.range.bottom, v.range.right],
    ]) {
      const got = book.validation(name, row - 1, column - 1);
      expect(got?.prompt).toEqual({ showPrompt: true, title: v.promptTitle, message: v.prompt });
      expect(got?.rule).toEqual({
        decimal: {
          operator: v.operator === "between" ? "Between" : "GreaterThan",
          formula1: v.values[0],
          ...(v.values.length > 1 ? { formula2: v.values[1] } : {}),
        },
      });
    }
  }
  expect(book.names(name)).toEqual(
    expect.arrayContaining(
      sheet.names.map((n) => ({ name: n.name, formula: `=${n.formula}`, visible: !n.hidden }))
    )
  );
  expect(book.names(name)).toHaveLength(sheet.names.length);
}
