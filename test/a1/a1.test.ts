/**
 * A1 notation: every parser and formatter against hand-written expectations (column numbers
 * worked out in base 26: AA = 26 + 1, XFD = 24·676 + 6·26 + 4 = 16,384).
 */
import {
  A1Area,
  MAX_COLUMNS,
  MAX_ROWS,
  absRange,
  cell,
  columnLetters,
  columnNumber,
  formatAddress,
  formatArea,
  parseArea,
  parseCell,
  parseColumn,
  parseRow,
  quoteSheet,
  sheetPrefix,
  splitAreas,
  splitSheet,
} from "../../src/a1/a1";

describe("column letters", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16_384, "XFD"],
  ])("%i ↔ %s", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  test.each(["", "XFE", "ZZZ", "AAAA", "A1", "$A", "Ä", " A"])("%j is no column", (text) => {
    expect(columnNumber(text)).toBeUndefined();
  });

  test("the sheet's limits", () => {
    expect([MAX_ROWS, MAX_COLUMNS]).toEqual([1_048_576, 16_384]);
  });
});

describe("cells", () => {
  test.each([
    ["B2", { row: 2, column: 2, absRow: false, absColumn: false }],
    ["$B$2", { row: 2, column: 2, absRow: true, absColumn: true }],
    ["$B2", { row: 2, column: 2, absRow: false, absColumn: true }],
    ["b$2", { row: 2, column: 2, absRow: true, absColumn: false }],
    ["XFD1048576", { row: 1_048_576, column: 16_384, absRow: false, absColumn: false }],
    ["A01", { row: 1, column: 1, absRow: false, absColumn: false }],
  ])("parses %s", (text, expected) => {
    expect(parseCell(text)).toEqual(expected);
  });

  test.each([
    "",
    "B",
    "2",
    "B0",
    "XFE1",
    "A1048577",
    "ABCD1",
    "$$A1",
    "A$$1",
    "A1$",
    "A 1",
    " A1",
    "A1:B2",
    "A1.5",
    "A-1",
    "A1e3",
  ])("%j is no cell", (text) => {
    expect(parseCell(text)).toBeUndefined();
  });

  test.each([
    [2, 2, "", "B2"],
    [2, 2, "$$", "$B$2"],
    [2, 2, "$col", "$B2"],
    [2, 2, "$row", "B$2"],
    [1_048_576, 16_384, "", "XFD1048576"],
  ] as const)("row %i column %i %j → %s", (row, column, abs, text) => {
    expect(cell(row, column, abs)).toBe(text);
  });

  test("absRange anchors both corners, one column by default", () => {
    expect(absRange(2, 2, 301)).toBe("$B$2:$B$301");
    expect(absRange(1, 1, 9, 3)).toBe("$A$1:$C$9");
  });
});

describe("whole-column and whole-row ends", () => {
  test.each([
    ["C", { n: 3, abs: false }],
    ["$XFD", { n: 16_384, abs: true }],
  ])("column %s", (text, expected) => expect(parseColumn(text)).toEqual(expected));

  test.each([
    ["7", { n: 7, abs: false }],
    ["$1048576", { n: 1_048_576, abs: true }],
  ])("row %s", (text, expected) => expect(parseRow(text)).toEqual(expected));

  test.each(["", "$", "XFE", "C3", "$$C"])("%j is no column", (text) => {
    expect(parseColumn(text)).toBeUndefined();
  });
  test.each(["", "$", "0", "1048577", "C3", "$$7"])("%j is no row", (text) => {
    expect(parseRow(text)).toBeUndefined();
  });
});

const area = (top: number, left: number, bottom: number, right: number, form = "cells") => ({
  top,
  left,
  bottom,
  right,
  form,
});

describe("areas", () => {
  test.each([
    ["B2", area(2, 2, 2, 2)],
    ["B2:C9", area(2, 2, 9, 3)],
    ["C9:B2", area(2, 2, 9, 3)],
    ["C2:B9", area(2, 2, 9, 3)],
    ["$B$2:$C$9", area(2, 2, 9, 3)],
    [" b2:c9 ", area(2, 2, 9, 3)],
    ["A:C", area(1, 1, MAX_ROWS, 3, "columns")],
    ["$C:$A", area(1, 1, MAX_ROWS, 3, "columns")],
    ["XFD:XFD", area(1, 16_384, MAX_ROWS, 16_384, "columns")],
    ["3:5", area(3, 1, 5, MAX_COLUMNS, "rows")],
    ["$5:$3", area(3, 1, 5, MAX_COLUMNS, "rows")],
    ["1048576:1048576", area(MAX_ROWS, 1, MAX_ROWS, MAX_COLUMNS, "rows")],
    ["A1:XFD1048576", area(1, 1, MAX_ROWS, MAX_COLUMNS)],
  ])("parses %j", (text, expected) => {
    expect(parseArea(text)).toEqual(expected);
  });

  test.each([
    "",
    ":",
    "A",
    "3",
    "A1:",
    ":A1",
    "A1:B",
    "A:B1",
    "A:3",
    "3:A",
    "A1:B2:C3",
    "A1 : B2",
    "A1:XFE1",
    "A0:B2",
    "A:XFE",
    "0:3",
    "1:1048577",
    "Sheet1!A1",
  ])("%j is no area", (text) => {
    expect(parseArea(text)).toBeUndefined();
  });

  const box = (top: number, left: number, bottom: number, right: number) => ({
    top,
    left,
    bottom,
    right,
  });
  test.each([
    [box(2, 2, 2, 2), "B2", "$B$2"],
    [box(2, 2, 9, 3), "B2:C9", "$B$2:$C$9"],
    [box(1, 1, MAX_ROWS, 3), "A:C", "$A:$C"],
    [box(3, 1, 5, MAX_COLUMNS), "3:5", "$3:$5"],
    [box(1, 1, MAX_ROWS, MAX_COLUMNS), "A:XFD", "$A:$XFD"],
  ])("formats %j as Office.js does", (rect, text, absolute) => {
    expect(formatArea(rect)).toBe(text);
    expect(formatArea(rect, undefined, true)).toBe(absolute);
    expect(parseArea(text)).toMatchObject(rect);
  });

  test("the form given wins over the one the rectangle suggests", () => {
    expect(formatArea(area(1, 1, MAX_ROWS, 1), "cells")).toBe("A1:A1048576");
    expect(formatArea(area(3, 2, 5, 4), "rows")).toBe("3:5");
    expect(formatArea(area(3, 2, 5, 4), "columns")).toBe("B:D");
  });

  test("every parsed area formats back to its own text (round trip)", () => {
    for (const text of ["B2", "B2:C9", "A:C", "3:5", "XFD1048576", "A1:XFD1048576"]) {
      const parsed = parseArea(text) as A1Area;
      expect(formatArea(parsed, parsed.form)).toBe(text);
    }
  });
});

describe("sheet names", () => {
  test.each([
    ["Accounts", "Accounts"],
    ["_data.v2", "_data.v2"],
    ["Q1 data", "'Q1 data'"],
    ["Bob's", "'Bob''s'"],
    ["''", "''''''"],
    ["2024", "'2024'"],
    ["AB12", "'AB12'"],
    ["XFD1", "'XFD1'"],
    ["ABCD1", "ABCD1"],
    ["R", "'R'"],
    ["r2c3", "'r2c3'"],
    ["RC", "'RC'"],
    ["Résumé", "'Résumé'"],
    ["a-b", "'a-b'"],
  ])("%j is written %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
    expect(sheetPrefix(name)).toBe(`${quoted}!`);
    expect(splitSheet(`${quoted}!A1`)).toEqual({ sheet: name, area: "A1" });
  });

  test("an address joins the prefix and the area", () => {
    expect(formatAddress("Q1 data", area(2, 2, 9, 2))).toBe("'Q1 data'!B2:B9");
    expect(formatAddress("S", area(1, 7, MAX_ROWS, 7), undefined, true)).toBe("S!$G:$G");
    expect(formatAddress("S", area(1, 7, 1, 7), "columns")).toBe("S!G:G");
  });

  test.each([
    ["A1:B2", { area: "A1:B2" }],
    ["Sheet1!A1:B2", { sheet: "Sheet1", area: "A1:B2" }],
    [" Sheet1!A1 ", { sheet: "Sheet1", area: "A1" }],
    ["My Sheet!A1", { sheet: "My Sheet", area: "A1" }],
    ["'a!b'!C3", { sheet: "a!b", area: "C3" }],
    ["'It''s'!$A:$A", { sheet: "It's", area: "$A:$A" }],
  ])("splits %j", (text, expected) => {
    expect(splitSheet(text)).toEqual(expected);
  });

  test.each(["'Q1!A1", "''!A1", "'Q1'A1", "!A1", "a'b!A1", "a:b!A1", "a!b!A1"])(
    "%j has a malformed prefix",
    (text) => {
      expect(splitSheet(text)).toBeUndefined();
    }
  );
});

describe("lists of areas", () => {
  test.each([
    ["A1", ["A1"]],
    ["A1:A5,C1:C5", ["A1:A5", "C1:C5"]],
    ["'a,b'!A1,B2", ["'a,b'!A1", "B2"]],
    ["'It''s, here'!A1,S!B2", ["'It''s, here'!A1", "S!B2"]],
    ["A1,", ["A1", ""]],
  ])("splits %j", (text, parts) => {
    expect(splitAreas(text)).toEqual(parts);
  });
});
