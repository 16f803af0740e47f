/** Names, selection, settings, copyFrom fills, the write log and the diff helper. */
import { createFakeExcel } from "../../../test-double/excel";

const twoSheets = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Accounts",
        cells: [
          ["Id", "NPS"],
          ["A-1", 10],
          ["A-2", 20],
          ["A-3", 30],
        ],
      },
      { name: "Notes", cells: [["keep me"]] },
    ],
    selection: { sheet: "Accounts", address: "B2:B4" },
    settings: { "CSMetrics.healthScore.v1": { version: 1 } },
  });

describe("names", () => {
  it("a range name and a string constant read back with type, value and formula", async () => {
    const { host, book } = twoSheets();
    await host.run(async (context) => {
      const out = context.workbook.worksheets.add("Health Score");
      const src = context.workbook.worksheets.getItem("Accounts").getRange("B2:B4");
      out.names.add("CSMetrics_Src_M1", src);
      const marker = out.names.add("CSMetrics_Owner", '="cs-metrics:health-score:v1:abc"');
      marker.visible = false;
      await context.sync();
      const items = out.names.load(
        "items/name, items/formula, items/type, items/value, items/visible"
      );
      await context.sync();
      expect(items.items.map((n) => [n.name, n.formula, n.type, n.value, n.visible])).toEqual([
        ["CSMetrics_Src_M1", "=Accounts!$B$2:$B$4", "Range", "Accounts!$B$2:$B$4", true],
        [
          "CSMetrics_Owner",
          '="cs-metrics:health-score:v1:abc"',
          "String",
          "cs-metrics:health-score:v1:abc",
          false,
        ],
      ]);
    });
    expect(book.names("Health Score").map((n) => n.visible)).toEqual([true, false]);
  });

  it.each([
    [
      "follows a rename",
      (b: ReturnType<typeof twoSheets>["book"]) => b.renameSheet("Accounts", "Kunden 2"),
      "='Kunden 2'!$B$2:$B$4",
      false,
    ],
    [
      "becomes #REF! when its sheet is deleted",
      (b: ReturnType<typeof twoSheets>["book"]) => b.deleteSheet("Accounts"),
      "=#REF!$B$2:$B$4",
      true,
    ],
    [
      "grows with rows inserted inside it",
      (b: ReturnType<typeof twoSheets>["book"]) => b.insertRows("Accounts", 2, 2),
      "=Accounts!$B$2:$B$6",
      false,
    ],
  ])("a sheet-scoped range name %s", async (_c, act, formula, isNull) => {
    const { host, book } = twoSheets();
    await host.run(async (context) => {
      const out = context.workbook.worksheets.add("Out");
      out.names.add("Src", "=Accounts!$B$2:$B$4");
    });
    act(book);
    expect(book.names("Out")[0].formula).toBe(formula);
    await host.run(async (context) => {
      const name = context.workbook.worksheets.getItem("Out").names.getItemOrNullObject("src");
      const range = name.getRangeOrNullObject();
      name.load("type");
      await context.sync();
      expect(name.isNullObject).toBe(false);
      expect(range.isNullObject).toBe(isNull);
      expect(name.type).toBe(isNull ? "Error" : "Range");
    });
  });
});

describe("selection", () => {
  it.each([
    ["B2:B4", "Accounts!B2:B4", 1, 3],
    ["B:B", "Accounts!B:B", 1, 1048576],
  ])("getSelectedRanges of %s", async (address, expected, areas, rows) => {
    const { host, book } = twoSheets();
    book.select("Accounts", address);
    await host.run(async (context) => {
      const all = context.workbook.getSelectedRanges().load("areaCount, address");
      const ranges = all.areas.load("items/rowCount");
      await context.sync();
      expect([all.address, ranges.items[0].rowCount, all.areaCount]).toEqual([
        expected,
        rows,
        areas,
      ]);
    });
  });

  it("a multi-area selection: getSelectedRanges lists the areas", async () => {
    const { host, book } = twoSheets();
    book.select("Accounts", "A1:A4,B1:B4");
    await host.run(async (context) => {
      const all = context.workbook.getSelectedRanges();
      all.load("areaCount, address");
      all.areas.load("items/address");
      await context.sync();
      expect(all.areaCount).toBe(2);
      expect(all.address).toBe("Accounts!A1:A4,Accounts!B1:B4");
      expect(all.areas.items.map((r) => r.address)).toEqual(["Accounts!A1:A4", "Accounts!B1:B4"]);
    });
  });
});

describe("settings", () => {
  it("get/set work at once; saveAsync persists and calls back", async () => {
    const { host, book } = twoSheets();
    expect(host.settings.get("CSMetrics.healthScore.v1")).toEqual({ version: 1 });
    expect(host.settings.get("missing")).toBeNull();
    host.settings.set("CSMetrics.healthScore.v1", { version: 2 });
    expect(book.settings["CSMetrics.healthScore.v1"]).toEqual({ version: 1 });
    const status = await new Promise((resolve) =>
      host.settings.saveAsync((r) => resolve(r.status))
    );
    expect(status).toBe("succeeded");
    expect(book.settings["CSMetrics.healthScore.v1"]).toEqual({ version: 2 });
    expect(book.settingsSaves).toBe(1);
  });
});

describe("copyFrom fills", () => {
  it("relative references move down the fill, absolute ones stay", async () => {
    const { host, book } = twoSheets();
    await host.run(async (context) => {
      const out = context.workbook.worksheets.add("Out");
      const top = out.getRange("A2");
      top.formulas = [['=IF(ISNUMBER(Accounts!$B2),Accounts!$B2*$C$1,"")']];
      out.getRange("A2:A4").copyFrom(top, "Formulas");
      const read = out.getRange("A2:A4").load("formulas");
      await context.sync();
      expect(read.formulas).toEqual([
        ['=IF(ISNUMBER(Accounts!$B2),Accounts!$B2*$C$1,"")'],
        ['=IF(ISNUMBER(Accounts!$B3),Accounts!$B3*$C$1,"")'],
        ['=IF(ISNUMBER(Accounts!$B4),Accounts!$B4*$C$1,"")'],
      ]);
    });
    expect(book.writeLog.map((w) => [w.sheet, w.address, w.what])).toEqual([
      ["Out", "", "sheet-add"],
      ["Out", "A2", "formulas"],
      ["Out", "A2:A4", "copyFrom"],
    ]);
  });
});

describe("snapshot and diff", () => {
  it("reports changes per sheet, so a test can assert user sheets are untouched", async () => {
    const { host, book } = twoSheets();
    const before = book.snapshot();
    await host.run(async (context) => {
      const out = context.workbook.worksheets.add("Out");
      out.getRange("A1").values = [["x"]];
      context.workbook.worksheets.getItem("Notes").getRange("B2").format.font.bold = true;
    });
    book.setCell("Accounts", 1, 1, 11);
    const changes = book.diff(before);
    expect(
      changes.filter((c) => c.sheet !== "Out").map((c) => [c.sheet, c.address, c.what])
    ).toEqual([
      ["Accounts", "B2", "cell"],
      ["Notes", "B2", "format"],
    ]);
    expect(changes.filter((c) => c.sheet === "Out").map((c) => c.what)).toEqual(["sheet-add"]);
  });
});
