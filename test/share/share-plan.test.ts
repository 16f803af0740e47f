/**
 * Make shareable's plan for one cell (docs/share.md §2–§3): the rule and reason of every kind of
 * cell, what is written and recorded, the read-back comparison, values written so Excel keeps
 * them, and writes grouped into column runs.
 */
import {
  CellWrite,
  ReadCell,
  planCell,
  planName,
  readBackOutcome,
  runs,
  valueInput,
} from "../../src/share/share-plan";
import { sameValue } from "../../src/share/same-value";

const cell = (formula: string, value: ReadCell["value"] = 1, extra: Partial<ReadCell> = {}) => ({
  row: 3,
  column: 3,
  formula,
  value,
  ...extra,
});

describe("planCell: the rule and reason of each cell", () => {
  test.each([
    ["a whole-cell call", "=CS.NPS(B2:B9)", "native", undefined],
    ["a wrapped call", "=ROUND(CS.NPS(B2:B9),0)", "native", undefined],
    ["TTV mean", '=CS.TTV(A2:A9,B2:B9,"mean")', "native", undefined],
    ["TTV median (default)", "=CS.TTV(A2:A9,B2:B9)", "value", "median-needs-array"],
    ["TTV, unknown method", '=CS.TTV(A2:A9,B2:B9,"mode")', "value", "method-unknown"],
    ["TTV mean on arrays", '=CS.TTV({1},{2},"mean")', "value", "criteria-range-not-reference"],
    ["NPSBREAKDOWN inside a formula", "=1+CS.NPSBREAKDOWN(B2:B9)", "value", "spill-inside-formula"],
    ["an unknown CS function", "=CS.NOSUCH(B2)", "value", "unknown-function"],
    ["a missing argument", "=CS.CHURN(,B2)", "value", "argument-missing"],
    ["too many arguments", "=CS.NPS(B2:B9,1)", "value", "too-many-arguments"],
    ["another workbook", "=CS.NPS([1]Data!B2:B9)", "value", "external-reference"],
    ["unreadable text", "=CS.NPS(B2:B9", "value", "unreadable-formula"],
  ])("%s: %s → %s %s", (_what, formula, rule, reason) => {
    const planned = planCell("Data", cell(formula, 42), false)!;
    expect(planned.outcome.rule).toBe(rule);
    expect(planned.outcome.reason?.id).toBe(reason);
    expect(planned.outcome).toMatchObject({
      sheet: "Data",
      address: "D4",
      before: formula.slice(1),
    });
  });

  test.each([
    ["no formula", "12"],
    ["a formula without CS", "=SUM(A1:A3)"],
    ["CS only inside a string", '="CS.NPS(x)"'],
  ])("%s is not a Share matter", (_what, formula) => {
    expect(planCell("Data", cell(formula), false)).toBeUndefined();
  });

  it("a protected sheet: kept and listed, nothing written", () => {
    const planned = planCell("Data", cell("=CS.NPS(B2:B9)"), true)!;
    expect(planned.outcome).toMatchObject({ rule: "kept", reason: { id: "protected-sheet" } });
    expect(planned.writes).toEqual([]);
  });

  test.each(["#BUSY!", "#NAME?", "#GETTING_DATA"])(
    "a value rule on a cell showing %s keeps the formula (no value to freeze)",
    (shown) => {
      const planned = planCell("Data", cell("=CS.TTV(A2:A9,B2:B9)", shown), false)!;
      expect(planned.outcome).toMatchObject({ rule: "kept", reason: { id: "no-value" } });
      expect(planned.writes).toEqual([]);
    }
  );

  it("native: writes the formula, records the original, expects the value it showed", () => {
    const planned = planCell("Data", cell("=ROUND(CS.CHURN(B1,B2),2)", 0.05), false)!;
    expect(planned.outcome).toMatchObject({ rule: "native", after: "ROUND(B2/B1,2)" });
    expect(planned.writes).toEqual<CellWrite[]>([
      {
        sheet: "Data",
        row: 3,
        column: 3,
        original: "=ROUND(CS.CHURN(B1,B2),2)",
        input: "=ROUND(B2/B1,2)",
        written: "=ROUND(B2/B1,2)",
        expected: 0.05,
      },
    ]);
  });

  it("value: writes the value (its number format is not touched)", () => {
    const planned = planCell("Data", cell("=CS.TTV(A2:A9,B2:B9)", 12.5), false)!;
    expect(planned.writes).toEqual([
      expect.objectContaining({ input: 12.5, written: 12.5, expected: 12.5 }),
    ]);
  });

  it("a spilled result: one native formula per spilled cell, the parent keeps the first", () => {
    const right = [0.2, 0.3, 10].map((value) => ({ formula: value, value }));
    const planned = planCell("Data", cell("=CS.NPSBREAKDOWN(B2:B11)", 0.5, { right }), false)!;
    expect(planned.outcome).toMatchObject({ rule: "native", address: "D4:G4" });
    expect(planned.writes.map((w) => [w.column, w.original, w.expected])).toEqual([
      [3, "=CS.NPSBREAKDOWN(B2:B11)", 0.5],
      [4, "", 0.2],
      [5, "", 0.3],
      [6, "", 10],
    ]);
    expect(planned.writes[1].input).toBe('=COUNTIFS(B2:B11,">=7",B2:B11,"<=8")/COUNT(B2:B11)');
  });

  it("a spilled result whose cells hold formulas of their own is kept", () => {
    const right = [{ formula: "=1", value: 1 }];
    const planned = planCell("Data", cell("=CS.NPSBREAKDOWN(B2:B11)", 0.5, { right }), false)!;
    expect(planned.outcome).toMatchObject({ rule: "kept", reason: { id: "spill-blocked" } });
  });

  it("a spilled result frozen as values freezes every spilled cell", () => {
    const right = [2, 3, 4].map((value) => ({ formula: value, value }));
    const planned = planCell("Data", cell("=CS.NPSBREAKDOWN({9,10})", 1, { right }), false)!;
    expect(planned.outcome.rule).toBe("value");
    expect(planned.writes.map((w) => [w.original, w.input])).toEqual([
      ["=CS.NPSBREAKDOWN({9,10})", 1],
      ["", 2],
      ["", 3],
      ["", 4],
    ]);
  });
});

describe("valueInput: a frozen value stays what it was", () => {
  test.each<[string | number | boolean, string | number]>([
    [12.5, 12.5],
    [true, "TRUE"],
    [false, "FALSE"],
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["ok", "ok"],
    ["", ""],
    ["12", "'12"],
    ["=x", "'=x"],
    ["TRUE", "'TRUE"],
    ["1/2", "'1/2"],
    ["50%", "'50%"],
    ["'quoted", "''quoted"],
    ["#hashtag", "'#hashtag"],
  ])("%p → %p", (value, input) => expect(valueInput(value)).toBe(input));
});

describe("sameValue: functions.md §10 precision", () => {
  test.each<[unknown, unknown, boolean]>([
    [1, 1, true],
    [1 + 1e-13, 1, true],
    [1 + 1e-11, 1, false],
    [1e6 + 1e-7, 1e6, true],
    [1e6 + 1e-5, 1e6, false],
    [0, 1e-13, true],
    ["#DIV/0!", "#DIV/0!", true],
    ["#DIV/0!", 0, false],
    [true, true, true],
    ["a", "b", false],
  ])("%p vs %p → %p", (a, e, same) => expect(sameValue(a, e)).toBe(same));
});

describe("readBackOutcome", () => {
  const planned = planCell("Data", cell("=CS.NPS(B2:B9)", 20), false)!;

  it("the same value: the outcome stands, nothing to restore", () => {
    expect(readBackOutcome(planned, [20 + 1e-14])).toEqual({
      outcome: planned.outcome,
      restore: [],
    });
  });

  it("another value: kept with both values, the CS formula goes back", () => {
    const { outcome, restore } = readBackOutcome(planned, [30]);
    expect(outcome).toMatchObject({
      rule: "kept",
      reason: { id: "value-differs", functionId: "NPS", expected: "20", actual: "30" },
    });
    expect(outcome.after).toBeUndefined();
    expect(restore).toEqual(planned.writes);
  });
});

describe("planName", () => {
  it("a name calling CS is listed and kept; others are not a Share matter", () => {
    expect(planName("Score", "=CS.NPS(Data!B2:B9)", undefined)).toEqual({
      address: "Score",
      kind: "name",
      functions: ["NPS"],
      rule: "kept",
      reason: { id: "defined-name" },
      before: "CS.NPS(Data!B2:B9)",
    });
    expect(planName("Local", "=CS.NPS(B2:B9)", "Data")?.sheet).toBe("Data");
    expect(planName("Plain", "=Data!$B$2:$B$9", undefined)).toBeUndefined();
  });
});

describe("runs", () => {
  const w = (sheet: string, row: number, column: number): CellWrite => ({
    sheet,
    row,
    column,
    original: `=o${row}`,
    input: `=i${row}`,
    written: `=i${row}`,
    expected: 0,
  });

  it("consecutive rows of one column become one rectangle; gaps, columns and sheets split", () => {
    const writes = [
      w("A", 2, 1),
      w("A", 0, 1),
      w("A", 1, 1),
      w("A", 5, 1),
      w("A", 0, 2),
      w("B", 0, 1),
    ];
    expect(runs(writes, (x) => x.input)).toEqual([
      { sheet: "A", row: 0, column: 1, values: [["=i0"], ["=i1"], ["=i2"]] },
      { sheet: "A", row: 5, column: 1, values: [["=i5"]] },
      { sheet: "A", row: 0, column: 2, values: [["=i0"]] },
      { sheet: "B", row: 0, column: 1, values: [["=i0"]] },
    ]);
  });
});
