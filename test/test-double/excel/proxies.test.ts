/** Office.js semantics of the fake: load-before-read, queued writes, null objects, errors. */
import { createFakeExcel } from "../../../test-double/excel";
import type { ExcelRange } from "../../../src/excel/excel-surface";

const accounts = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Accounts",
        cells: [
          ["Id", "NPS", "Active"],
          ["A-1", 10, true],
          ["A-2", null, false],
          ["A-3", { error: "#N/A" }, true],
        ],
      },
      { name: "My Data", cells: [[1, 2]] },
    ],
  });

describe("load before read", () => {
  const reads: [string, (r: ExcelRange) => unknown][] = [
    ["values", (r) => r.values],
    ["formulas", (r) => r.formulas],
    ["valueTypes", (r) => r.valueTypes],
    ["address", (r) => r.address],
    ["rowCount", (r) => r.rowCount],
    ["numberFormat", (r) => r.numberFormat],
  ];
  it.each(reads)("reading %s without load throws PropertyNotLoaded", async (_name, read) => {
    const { host } = accounts();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Accounts").getRange("A1:C4");
      expect(() => read(range)).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(() => read(range)).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("a loaded property is readable only after the sync", async () => {
    const { host } = accounts();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Accounts").getRange("A1:C4");
      range.load("values, valueTypes, formulas, address, rowIndex, columnCount");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Id", "NPS", "Active"],
        ["A-1", 10, true],
        ["A-2", "", false],
        ["A-3", "#N/A", true],
      ]);
      expect(range.valueTypes[2]).toEqual(["String", "Empty", "Boolean"]);
      expect(range.valueTypes[3]).toEqual(["String", "Error", "Boolean"]);
      expect(range.valueTypes[1][1]).toBe("Double");
      expect(range.formulas[1]).toEqual(["A-1", 10, true]);
      expect(range.address).toBe("Accounts!A1:C4");
      expect([range.rowIndex, range.columnCount]).toEqual([0, 3]);
    });
  });

  it.each([
    ["Accounts", "B2", "Accounts!B2"],
    ["My Data", "A1:B1", "'My Data'!A1:B1"],
    ["Accounts", "A:A", "Accounts!A:A"],
    ["Accounts", "2:3", "Accounts!2:3"],
  ])("address of %s!%s is %s", async (sheet, area, expected) => {
    const { host } = accounts();
    const address = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(area).load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe(expected);
  });
});

describe("queued writes", () => {
  it("are invisible until the sync, then applied and logged", async () => {
    const { host, book } = accounts();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("My Data").getRange("A2:B2");
      range.values = [["x", 3]];
      expect(book.values("My Data", "A2:B2")).toEqual([["", ""]]);
      expect(book.writeLog).toEqual([]);
      await context.sync();
      expect(book.values("My Data", "A2:B2")).toEqual([["x", 3]]);
    });
    expect(book.writeLog).toEqual([{ sheet: "My Data", address: "A2:B2", what: "values" }]);
  });

  it.each([
    ["too few rows", "A1:B2", [[1, 2]]],
    ["too many columns", "A1:B1", [[1, 2, 3]]],
    ["a scalar", "A1:B1", 5],
  ])(
    "a 2-D array of the wrong size (%s) fails at sync with InvalidArgument",
    async (_c, area, v) => {
      const { host, book } = accounts();
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("My Data").getRange(area).values = v as never;
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(book.writeLog).toEqual([]);
    }
  );

  it("a write to a missing sheet fails at sync with ItemNotFound; earlier writes stay", async () => {
    const { host, book } = accounts();
    await expect(
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("My Data").getRange("C1").values = [[7]];
        sheets.getItem("Nope").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(book.cell("My Data", 0, 2).value).toBe(7);
  });

  it("adding a taken sheet name fails with ItemAlreadyExists (case-insensitive)", async () => {
    const { host } = accounts();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.add("accounts");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("null objects", () => {
  it.each([
    ["a missing sheet", "Nope", true],
    ["an existing sheet", "accounts", false],
  ])("getItemOrNullObject of %s", async (_c, name, isNull) => {
    const { host } = accounts();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake under test
      expect(() => sheet.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(sheet.isNullObject).toBe(isNull);
    });
  });

  it("the used range of an empty sheet is a null object; values-only ignores formats", async () => {
    const { host } = accounts();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Empty");
      sheet.getRange("C3").format.fill.color = "#FFF2CC";
      const all = sheet.getUsedRangeOrNullObject();
      const values = sheet.getUsedRangeOrNullObject(true);
      const data = context.workbook.worksheets.getItem("Accounts").getUsedRangeOrNullObject(true);
      data.load("address");
      await context.sync();
      expect(values.isNullObject).toBe(true);
      expect(all.isNullObject).toBe(false);
      expect(data.address).toBe("Accounts!A1:C4");
    });
  });
});
