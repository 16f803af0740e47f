/** The summary's facts and Check's per-sheet counts. */
import { ShareOutcome } from "../../src/share/share-report";
import { cellList, sheetReports, summarise } from "../../src/share/share-summary";

const o = (
  sheet: string,
  address: string,
  rule: ShareOutcome["rule"],
  extra: Partial<ShareOutcome> = {}
): ShareOutcome => ({
  sheet,
  address,
  kind: "cell",
  functions: ["NPS"],
  rule,
  before: "CS.NPS(A1:A9)",
  ...extra,
});

const median = {
  reason: { id: "median-needs-array" as const, functionId: "TTV" },
  functions: ["TTV"],
};

describe("summarise", () => {
  it("counts native cells and groups frozen cells by reason, as the spec's sentence lists them", () => {
    const outcomes = [
      ...Array.from({ length: 148 }, (_, i) => o("Sheet1", `A${i + 1}`, "native")),
      o("Sheet2", "D4", "value", median),
      o("Sheet2", "D5", "value", median),
      o("Sheet2", "D9", "value", median),
      o("Sheet3", "B1", "value", { reason: { id: "unknown-function", functionId: "NEW" } }),
      o("Sheet3", "B2", "kept", { reason: { id: "protected-sheet" } }),
    ];
    const summary = summarise(outcomes);
    expect(summary).toMatchObject({ native: 148, value: 4, kept: 1 });
    expect(summary.frozen).toMatchObject([
      { reason: median.reason, cells: "Sheet2!D4, D5, D9", count: 3 },
      { reason: { id: "unknown-function", functionId: "NEW" }, cells: "Sheet3!B1", count: 1 },
    ]);
    expect(summary.problems.map((p) => p.address)).toEqual(["B2"]);
  });
});

describe("cellList", () => {
  it("names a sheet again when the list comes back to it; quotes names that need it", () => {
    expect(
      cellList([o("A", "A1", "value"), o("Q1 data", "B2", "value"), o("A", "C3", "value")])
    ).toBe("A!A1, 'Q1 data'!B2, A!C3");
    expect(cellList([o("AB12", "A1", "value"), o("Bob's", "B2", "value")])).toBe(
      "'AB12'!A1, 'Bob''s'!B2"
    );
  });
});

describe("sheetReports", () => {
  it("per sheet: cells and cells per function (most first), protected sheets marked", () => {
    const outcomes = [
      o("S", "A1", "native"),
      o("S", "A2", "native", { functions: ["CHURN", "CHURN"] }),
      o("S", "A3", "native", { functions: ["CHURN"] }),
      o("P", "A1", "kept", { reason: { id: "protected-sheet" } }),
      { ...o("S", "Score", "kept"), kind: "name" as const },
    ];
    expect(sheetReports(outcomes, ["P"])).toEqual([
      {
        sheet: "S",
        cells: 3,
        byFunction: [
          { id: "CHURN", cells: 2 },
          { id: "NPS", cells: 1 },
        ],
        protected: false,
      },
      { sheet: "P", cells: 1, byFunction: [{ id: "NPS", cells: 1 }], protected: true },
    ]);
  });
});
