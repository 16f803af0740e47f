/** The plan as write operations (pure): every planned cell, fill, format and name is covered once. */
import fc from "fast-check";
import { PlannedSheet, Rect } from "../../src/health-score";
import { WriteOp, bannerCell, rectangles, sheetOps, textInput } from "../../src/excel/write-ops";
import { columnWidthPoints } from "../../src/excel/write-units";
import {
  MINMAX_CONFIG,
  MINMAX_SHEET,
  percentileConfig,
  percentileSheet,
} from "../health-score/fixtures";
import { plan } from "../health-score/plan-support";

const inside = (r: Rect, row: number, column: number) =>
  row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;

const opsOf = <K extends WriteOp["kind"]>(ops: WriteOp[], kind: K) =>
  ops.filter((o): o is Extract<WriteOp, { kind: K }> => o.kind === kind);

describe("textInput", () => {
  test.each([
    ["Health score model", "Health score model"],
    ["Weight %", "Weight %"],
    ["2024", "'2024"],
    ["1/2", "'1/2"],
    ["TRUE", "'TRUE"],
    ["=A1", "'=A1"],
    ["-x", "'-x"],
    ["'quoted", "''quoted"],
    ["Usage (0–1)", "'Usage (0–1)"],
    ["", "'"],
  ])("%j → %j", (text, input) => expect(textInput(text)).toBe(input));
});

describe("rectangles", () => {
  test("cover every item exactly once with fully populated rectangles", () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            row: fc.integer({ min: 1, max: 8 }),
            column: fc.integer({ min: 1, max: 6 }),
            g: fc.integer({ min: 0, max: 1 }),
          }),
          { selector: (c) => `${c.row}:${c.column}` }
        ),
        (items) => {
          const blocks = rectangles(items, (a, b) => a.g === b.g);
          const covered = blocks.flatMap((b) => b.items.flat());
          expect(covered).toHaveLength(items.length);
          for (const b of blocks) {
            const { rect } = b;
            expect(b.items).toHaveLength(rect.bottom - rect.top + 1);
            b.items.forEach((row, i) => {
              expect(row).toHaveLength(rect.right - rect.left + 1);
              row.forEach((item, j) => {
                expect([item.row, item.column]).toEqual([rect.top + i, rect.left + j]);
                expect(item.g).toBe(b.items[0][0].g);
              });
            });
          }
        }
      )
    ));

  test("merges a label column and its values into one block", () => {
    const items = [6, 7, 8].flatMap((row) => [15, 16].map((column) => ({ row, column })));
    expect(rectangles(items).map((b) => b.rect)).toEqual([
      { top: 6, left: 15, bottom: 8, right: 16 },
    ]);
  });
});

describe("sheetOps", () => {
  const p = plan(MINMAX_CONFIG, [MINMAX_SHEET]);
  const score = p.sheets[0];
  const ops = sheetOps(score, p);

  test("writes every planned cell once, as typed input", () => {
    const cells = opsOf(ops, "cells");
    for (const c of score.cells) {
      const holders = cells.filter((o) => inside(o.rect, c.row, c.column));
      expect(holders).toHaveLength(1);
      const [o] = holders;
      const input = o.inputs[c.row - o.rect.top][c.column - o.rect.left];
      if (c.formula !== undefined) expect(input).toBe(`=${c.formula}`);
      else if (typeof c.value === "string") expect(input).toBe(textInput(c.value));
      else expect(input).toBe(c.value);
    }
    const written = cells.reduce((n, o) => n + o.inputs.flat().length, 0);
    expect(written).toBe(score.cells.length);
  });

  test("one top-row formula and one span per group of side-by-side fills", () => {
    const fills = opsOf(ops, "fill");
    for (const f of score.fills) {
      const [o] = fills.filter((o) => inside(o.rect, f.firstRow, f.column));
      expect(o.rect.top).toBe(f.firstRow);
      expect(o.rect.bottom).toBe(f.lastRow);
      expect(o.formulas[f.column - o.rect.left]).toBe(`=${f.formula}`);
    }
    // The table's columns share rows 2..7: a single fill operation covers them; the
    // present-weight helper column (AD), apart from them, has its own.
    expect(
      fills.filter((o) => o.rect.top === 2 && o.rect.bottom === 7).map((o) => o.rect.left)
    ).toEqual([1, 30]);
  });

  test("styles and number formats match each cell's and fill's style", () => {
    const check = (row: number, column: number, key: string | undefined) => {
      const style = key ? p.styles[key] : {};
      const formats = opsOf(ops, "numberFormat").filter((o) => inside(o.rect, row, column));
      expect(formats.map((o) => o.format)).toEqual(style.numberFormat ? [style.numberFormat] : []);
      const styles = opsOf(ops, "style").filter((o) => inside(o.rect, row, column));
      const { numberFormat: _, ...rest } = style;
      void _;
      expect(styles.map((o) => o.style)).toEqual(Object.keys(rest).length ? [rest] : []);
    };
    for (const c of score.cells) check(c.row, c.column, c.style);
    for (const f of score.fills)
      for (const row of [f.firstRow, f.lastRow]) check(row, f.column, f.style);
  });

  test("names first, a Rebuild keeps the marker, conditional formats in reverse", () => {
    expect(ops[0].kind).toBe("name");
    expect(opsOf(ops, "name").map((o) => o.name)).toEqual(score.names);
    const kept = sheetOps(score, p, { keepNames: new Set(["CSMetrics_Owner"]) });
    expect(opsOf(kept, "name").map((o) => o.name.name)).not.toContain("CSMetrics_Owner");
    expect(opsOf(ops, "conditionalFormat").map((o) => o.format)).toEqual(
      [...score.conditionalFormats].reverse()
    );
    expect(opsOf(ops, "validation").map((o) => o.validation)).toEqual(score.validations);
    expect(opsOf(ops, "columnWidth").map((o) => [o.column, o.points])).toEqual(
      score.widths.map((w) => [w.column, columnWidthPoints(w.width)])
    );
    expect(opsOf(ops, "rowHeight")).toEqual([
      { kind: "rowHeight", sheet: score.name, row: 1, points: 45 },
    ]);
    expect(opsOf(ops, "freeze")).toEqual([
      { kind: "freeze", sheet: score.name, rows: 1, columns: 1 },
    ]);
    expect(opsOf(ops, "readingOrder")).toEqual([]);
  });

  test("right-to-left plans set the reading order of every text cell", () => {
    const ar = plan({ ...MINMAX_CONFIG, locale: "ar" }, [MINMAX_SHEET]);
    const sheet: PlannedSheet = ar.sheets[0];
    const order = opsOf(sheetOps(sheet, ar), "readingOrder");
    for (const c of sheet.cells) {
      const covered = order.some((o) => inside(o.rect, c.row, c.column));
      expect(covered).toBe(c.formula === undefined && typeof c.value === "string");
    }
  });

  test("percentile grids: 101-row fills are written as fills, not cells", () => {
    const pp = plan(percentileConfig(5, "higher"), [percentileSheet([10, 20, 20, 40, 80])]);
    const grid = opsOf(sheetOps(pp.sheets[0], pp), "fill").filter((o) => o.rect.top === 56);
    expect(grid.length).toBeGreaterThan(0);
  });

  test("the Rebuild banner goes to the panel title cell, localised", () => {
    expect(bannerCell(p)).toEqual({
      sheet: "Health Score",
      row: 1,
      column: 16,
      text: "Rebuild incomplete: run Rebuild again",
    });
    const ro = plan({ ...MINMAX_CONFIG, locale: "ro" }, [MINMAX_SHEET]);
    expect(bannerCell(ro).text).toBe("Reconstruire incompletă: apăsați din nou „Reconstruiește”");
  });
});

describe("columnWidthPoints", () => {
  test.each([
    [9.140625, 48], // Excel's default 8.43 characters: 64 px
    [18, 94.5], // 126 px
    [8, 42], // 56 px
    [10, 52.5], // 70 px
    [24, 126], // 168 px
  ])("%p characters → %p pt", (width, points) => expect(columnWidthPoints(width)).toBe(points));
});
