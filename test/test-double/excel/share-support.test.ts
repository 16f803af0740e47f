/**
 * What Share needs of the fake: CS.* cells computed by the formula core (as Excel with the
 * add-in), sheet visibility (very hidden), read-only sheet protection that refuses writes, and
 * Application.calculate.
 */
import { createFakeExcel } from "../../../test-double/excel";
import { convertFormula } from "../../../src/share/convert-formula";

const book = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Survey",
        cells: [
          [10, { formula: "=CS.NPS(A1:A4)" }, { formula: "=ROUND(CS.NPS(A1:A4),0)" }],
          [9, { formula: "=CS.CSAT(D1:D3,5)" }, { formula: "=cs.nps(A1:A4)" }],
          [6, { formula: "=CS.NOSUCH(A1)" }],
          [3],
        ],
      },
      { name: "Locked", cells: [[1]] },
    ],
  });

describe("CS.* cells", () => {
  it("compute with the formula core, in either letter case; an unknown id is #NAME?", () => {
    const { book: b } = book();
    b.setCell("Survey", 0, 3, 5);
    b.setCell("Survey", 1, 3, 4);
    b.setCell("Survey", 2, 3, 2);
    expect(b.values("Survey", "B1:C3")).toEqual([
      [0, 0],
      [2 / 3, 0],
      ["#NAME?", ""],
    ]);
  });
});

describe("worksheet visibility and protection", () => {
  it("a sheet can be made very hidden and reads back so; the diff sees it", async () => {
    const { host, book: b } = book();
    const before = b.snapshot();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Locked");
      sheet.visibility = "VeryHidden";
      await context.sync();
      sheet.load("visibility");
      await context.sync();
      expect(sheet.visibility).toBe("VeryHidden");
    });
    expect(b.visibility("Locked")).toBe("VeryHidden");
    expect(b.diff(before)).toEqual([
      { sheet: "Locked", address: "", what: "visibility", before: "Visible", after: "VeryHidden" },
    ]);
  });

  it("the last visible sheet cannot be hidden; an unknown visibility is refused", async () => {
    const { host } = createFakeExcel({ sheets: [{ name: "Only", cells: [[1]] }] });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Only").visibility = "VeryHidden";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Only").visibility = "Gone" as never;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("protection reads through the worksheet; a protected sheet refuses cell writes", async () => {
    const { host, book: b } = book();
    b.protectSheet("Locked", true);
    const sheets = await host.run(async (context) => {
      const items = context.workbook.worksheets.load("items/name, items/protection/protected");
      await context.sync();
      return items.items.map((s) => [s.name, s.protection.protected]);
    });
    expect(sheets).toEqual([
      ["Survey", false],
      ["Locked", true],
    ]);
    for (const write of ["formulas", "values", "numberFormat"] as const) {
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("Locked").getRange("A1")[write] = [["2"]];
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one run per kind of write
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(b.values("Locked", "A1")).toEqual([[1]]);
    expect(b.isProtected("Locked")).toBe(true);
  });
});

describe("Application.calculate", () => {
  it("takes Excel's calculation types and refuses others", async () => {
    const { host } = book();
    await host.run(async (context) => {
      context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
      context.workbook.application.calculate("Full" as Excel.CalculationType);
      await context.sync();
    });
    await expect(
      host.run(async (context) => {
        context.workbook.application.calculate("Sometimes" as Excel.CalculationType);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("native forms compute in the fake as the function does", () => {
  test.each([['CS.TTV(A1:A5,B1:B5,"mean")'], ["CS.NPS(C1:C5)"], ["CS.CSAT(D1:D5,5)"]])(
    "%s",
    (call) => {
      const conversion = convertFormula(call, { target: "office" });
      if (conversion?.rule !== "native") throw new Error(`${call} has no native form`);
      const { book: b } = createFakeExcel({
        sheets: [
          {
            name: "S",
            cells: [45000, 45003, 45010, 45011, 45020].map((start, i) => [
              start,
              start + 3 * i + 1,
              (i * 4) % 11,
              1 + ((i * 2) % 5),
              { formula: `=${call}` },
              { formula: `=${conversion.formulas[0]}` },
            ]),
          },
        ],
      });
      const [[viaFunction, viaNative]] = b.values("S", "E1:F1") as number[][];
      expect(typeof viaFunction).toBe("number");
      expect(Math.abs(viaNative - viaFunction)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(viaFunction))
      );
    }
  );
});
