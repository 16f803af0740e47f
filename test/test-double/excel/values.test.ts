/** Computed values, value types, honesty about what the fake cannot compute, payload limits. */
import { createFakeExcel, PAYLOAD_LIMIT } from "../../../test-double/excel";

const book1 = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Data",
        cells: [
          [10, "text", true, null, { error: "#N/A" }],
          [
            { formula: "=A1*2" },
            { formula: '=IF(A1>5,"","x")' },
            { formula: "=A1>5" },
            { formula: "=D1" },
            { formula: "=E1" },
          ],
        ],
      },
    ],
  });

describe("values and value types of each kind of cell", () => {
  it.each([
    ["A1", 10, "Double", 10],
    ["B1", "text", "String", "text"],
    ["C1", true, "Boolean", true],
    ["D1", "", "Empty", ""],
    ["E1", "#N/A", "Error", "#N/A"],
    ["A2", 20, "Double", "=A1*2"],
    ["B2", "", "String", '=IF(A1>5,"","x")'],
    ["C2", true, "Boolean", "=A1>5"],
    ["D2", 0, "Double", "=D1"],
    ["E2", "#N/A", "Error", "=E1"],
  ])("%s: value %p, type %s, formula %p", async (address, value, type, formula) => {
    const { host, book } = book1();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange(address);
      r.load("values, valueTypes, formulas");
      await context.sync();
      expect([r.values[0][0], r.valueTypes[0][0], r.formulas[0][0]]).toEqual([
        value,
        type,
        formula,
      ]);
    });
    expect(book.unsupported).toEqual([]);
  });

  it.each([
    ["=1+2", 3],
    ["'=1+2", "=1+2"],
    ["12", 12],
    ["-1.5e3", -1500],
    ["true", true],
    ["#N/A", "#N/A"],
    ["", ""],
  ])("writing %p to values reads back %p, as Excel parses typed text", async (input, expected) => {
    const { host } = book1();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("G1");
      r.values = [[input]];
      r.load("values");
      await context.sync();
      expect(r.values[0][0]).toBe(expected);
    });
  });

  it("a cell formatted as text keeps what is written as text", async () => {
    const { host, book } = book1();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("G1:G2");
      r.numberFormat = [["@"], ["@"]];
      r.values = [["00123"], ["=A1"]];
    });
    expect(book.values("Data", "G1:G2")).toEqual([["00123"], ["=A1"]]);
  });

  it("text Excel would turn into a date is kept and reported, not guessed", async () => {
    const { host, book } = book1();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("G1").values = [["2024-01-31"]];
    });
    expect(book.unsupported.map((u) => [u.address, u.formula])).toEqual([["G1", "2024-01-31"]]);
  });

  it("a formula the evaluator does not know shows #UNSUPPORTED! and is listed", async () => {
    const { host, book } = book1();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("G1");
      r.formulas = [["=XLOOKUP(1,A1:A2,B1:B2)"]];
      r.load("values, valueTypes");
      await context.sync();
      expect([r.values[0][0], r.valueTypes[0][0]]).toEqual(["#UNSUPPORTED!", "Error"]);
    });
    expect(book.unsupported.map((u) => u.address)).toEqual(["G1"]);
  });

  it.each([
    ['=MATCH("",D1:D1,0)', "#N/A"],
    ['=IFERROR(MATCH("",A1:E1,0),"none")', "none"],
  ])("exact MATCH of the empty text skips blank cells: %s → %p", (formula, value) => {
    const { book } = book1();
    book.setCell("Data", 3, 0, { formula });
    expect(book.cell("Data", 3, 0).value).toBe(value);
    expect(book.unsupported).toEqual([]);
  });

  it("a circular reference shows #CYCLE! and is listed", () => {
    const { book } = book1();
    book.setCell("Data", 3, 0, { formula: "=A5+1" });
    book.setCell("Data", 4, 0, { formula: "=A4+1" });
    expect(book.cell("Data", 3, 0).valueType).toBe("Error");
    expect(book.unsupported.map((u) => u.reason)).toContain("circular reference");
  });

  it("values are recomputed after a write", async () => {
    const { host, book } = book1();
    expect(book.cell("Data", 1, 0).value).toBe(20);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[4]];
    });
    expect(book.cell("Data", 1, 0).value).toBe(8);
  });
});

describe("payload limits", () => {
  const bigColumn = (bytes: number) => {
    const text = "x".repeat(1000);
    return Array.from({ length: Math.ceil(bytes / 1004) }, () => [text]);
  };

  it("a 6 MB write fails with RequestPayloadSizeLimitExceeded and nothing of that sync applies", async () => {
    const { host, book } = book1();
    const rows = bigColumn(6 * 1024 * 1024);
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [["changed"]];
        sheet.getRange(`H1:H${rows.length}`).values = rows;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.cell("Data", 0, 0).value).toBe(10);
    expect(book.writeLog).toEqual([]);
    expect(book.payloads[0]).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("a 4 MB write passes, and its size is recorded", async () => {
    const { host, book } = book1();
    const rows = bigColumn(4 * 1024 * 1024);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange(`H1:H${rows.length}`).values = rows;
    });
    expect(book.syncs).toBe(1);
    expect(book.payloads[0]).toBeGreaterThan(4 * 1024 * 1024);
    expect(book.payloads[0]).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("reading a whole column's values exceeds the response limit", async () => {
    const { host } = book1();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A:B").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("API versions", () => {
  it("a call newer than the host's ExcelApi fails with ApiNotFound", async () => {
    const { host } = createFakeExcel({ sheets: [{ name: "S", cells: [[1]] }], apiVersions: "1.8" });
    expect(host.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await expect(
      host.run(async (context) => {
        const s = context.workbook.worksheets.getItem("S");
        s.getRange("A2").copyFrom(s.getRange("A1"), "Formulas");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
