/**
 * shiftFormula moves relative references as Excel's fill and copy do; evaluating a fill's anchor
 * text through `origin.anchor` gives the same value as evaluating the shifted text.
 */
import { evaluateFormula, shiftFormula } from "../../src/formula";
import { gridBook } from "./grid-book";

describe("shiftFormula", () => {
  it.each([
    ["B2", 1, 0, "B3"],
    ["B2", 0, 2, "D2"],
    ["$B2", 3, 1, "$B5"],
    ["B$2", 3, 1, "C$2"],
    ["$B$2", 3, 1, "$B$2"],
    [
      'IF(ISNUMBER(Accounts!$B2),Accounts!$B2,"")',
      3,
      0,
      'IF(ISNUMBER(Accounts!$B5),Accounts!$B5,"")',
    ],
    [
      'IF(P$14=0,"",SUMPRODUCT(--(P$56:P$156<P56)))',
      1,
      0,
      'IF(P$14=0,"",SUMPRODUCT(--(P$56:P$156<P57)))',
    ],
    [
      'IF(P$14=0,"",SUMPRODUCT(--(P$56:P$156<P56)))',
      0,
      1,
      'IF(Q$14=0,"",SUMPRODUCT(--(Q$56:Q$156<Q56)))',
    ],
    [
      "IF(Q44=Q43,IFERROR(T43+MATCH(Q44,INDEX($H$2:$H$7,T43+1):$H$7,0),0))",
      1,
      0,
      "IF(Q45=Q44,IFERROR(T44+MATCH(Q45,INDEX($H$2:$H$7,T44+1):$H$7,0),0))",
    ],
    [
      "INDEX('Health History'!$B:$B,$P$25+ROW()-2)=$A2",
      5,
      3,
      "INDEX('Health History'!$B:$B,$P$25+ROW()-2)=$A7",
    ],
    ["SUM(B:B)", 4, 1, "SUM(C:C)"],
    ["SUM(2:3)", 2, 9, "SUM(4:5)"],
    // Strings, names, functions and spacing stay as written.
    ['"B2"&CSMetrics_Src_M1 & LOG10(B2)', 1, 0, '"B2"&CSMetrics_Src_M1 & LOG10(B3)'],
    ["'It''s'!A1", 1, 1, "'It''s'!B2"],
    // Off the sheet: #REF!, after the sheet prefix.
    ["A1", -1, 0, "#REF!"],
    ["Accounts!A1+1", 0, -1, "Accounts!#REF!+1"],
    ["SUM(A1:B2)", -1, 0, "SUM(#REF!)"],
    ["SUM(A2:B2)", -1, 0, "SUM(A1:B1)"],
    ["B:B", 0, -2, "#REF!"],
    ["XFD1", 0, 1, "#REF!"],
    ["A1048576", 1, 0, "#REF!"],
    ["$A$1", -1, -1, "$A$1"],
  ])("%s moved by (%i, %i) → %s", (formula, rows, columns, expected) =>
    expect(shiftFormula(formula, rows, columns)).toBe(expected)
  );

  it("refuses text it cannot tokenise", () => {
    expect(() => shiftFormula('"open', 1, 0)).toThrow();
  });
});

describe("a fill evaluated through its anchor", () => {
  const book = gridBook({
    S: [
      [1, 10],
      [2, 20],
      [3, 30],
    ],
  });
  const anchor = { row: 2, column: 3 };
  it.each([
    ["A2*B$1", 1],
    ["SUM($A$1:A2)", 3],
    ['IFERROR(A1,"off")', 1],
    ["A1+ROW()", 3],
  ])("%s filled from C2 to row %i", (formula, row) => {
    const origin = { sheet: "S", row, column: anchor.column };
    const direct = evaluateFormula(shiftFormula(formula, row - anchor.row, 0), origin, book);
    expect(evaluateFormula(formula, { ...origin, anchor }, book)).toEqual(direct);
    expect(direct).not.toHaveProperty("unsupported");
  });

  it("gives #REF! where the shifted text has #REF!", () => {
    const origin = { sheet: "S", row: 1, column: 3, anchor };
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
    expect(evaluateFormula("A1", origin, book)).toEqual({ error: "#REF!" });
    expect(evaluateFormula('IFERROR(A1,"off")', origin, book)).toBe("off");
  });

  it("moves columns too", () => {
    const origin = { sheet: "S", row: 2, column: 4, anchor };
    const plain = { sheet: "S", row: 2, column: 4 };
    expect(evaluateFormula("A2+A3", origin, book)).toBe(evaluateFormula("B2+B3", plain, book));
    expect(evaluateFormula("A2+A3", origin, book)).toBe(50);
  });

  it("keeps each text's own references when texts share a template", () => {
    for (let row = 1; row <= 3; row++)
      expect(evaluateFormula(`A${row}*2`, { sheet: "S", row, column: 3 }, book)).toBe(row * 2);
  });
});
