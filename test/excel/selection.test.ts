import { createFakeExcel } from "../../test-double/excel";
import { readSelection } from "../../src/excel/selection";
import { SourceValue, resolveRange } from "../../src/health-score";
import { sheetCells } from "../health-score/fixtures";

const ACCOUNTS = {
  name: "Accounts",
  cells: [
    ["id", "Usage", "Tickets"],
    ["A-1", 12.5, true],
    ["A-2", "n/a", { error: "#N/A" }],
    ["A-3", null, 3],
    ["12", 7, null],
  ],
};

const select = (address: string, sheet = "Accounts", sheets = [ACCOUNTS]) =>
  readSelection(createFakeExcel({ sheets, selection: { sheet, address } }).host);

describe("readSelection", () => {
  it("reads one block: sheet-qualified address, shape and typed first-column values", async () => {
    const { address, range } = await select("B1:C5");
    expect(address).toBe("Accounts!B1:C5");
    expect(range).toEqual({
      sheet: "Accounts",
      top: 1,
      left: 2,
      rows: 5,
      columns: 2,
      areas: 1,
      values: ["Usage", 12.5, "n/a", null, 7],
    });
    expect((await select("C1:C5")).range.values).toEqual([
      "Tickets",
      true,
      { error: "#N/A" },
      3,
      null,
    ]);
    expect((await select("A1:A5")).range.values[4]).toBe("12");
  });

  it("cuts a whole column at the used range and keeps the column address", async () => {
    const { address, range } = await select("B:B");
    expect(address).toBe("Accounts!B:B");
    expect(range).toMatchObject({ top: 1, rows: 5, columns: 1, wholeColumn: true });
    expect(range.values).toHaveLength(5);
  });

  it("keeps every area of a multi-area selection in its address and counts them", async () => {
    const { address, range } = await select("A1:A5,C1:C5");
    expect(address).toBe("Accounts!A1:A5,Accounts!C1:C5");
    const sheet = sheetCells({ name: "Accounts", rows: ACCOUNTS.cells as SourceValue[][] });
    expect(resolveRange(address, [sheet])).toMatchObject({ areas: 2, rows: 5 });
    expect(range.areas).toBe(2);
    expect(range.values[1]).toBe("A-1");
  });

  it("quotes sheet names as Excel does", async () => {
    const sheets = [
      { ...ACCOUNTS, name: "My Sheet" },
      { ...ACCOUNTS, name: "O'Brien" },
    ];
    expect((await select("A1:A5", "My Sheet", sheets)).address).toBe("'My Sheet'!A1:A5");
    expect((await select("B2", "O'Brien", sheets)).address).toBe("'O''Brien'!B2");
  });
});
