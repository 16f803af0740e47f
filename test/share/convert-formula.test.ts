/**
 * The Share conversion of one formula: expected texts written by hand from the native formulas
 * (docs/native-formulas.md) with the call's own argument texts, every other character kept.
 */
import { Token } from "../../src/formula/lexer";
import { convertFormula, FormulaConversion } from "../../src/share/convert-formula";

const NPS = (r: string) => `(COUNTIF(${r},">=9")-COUNTIF(${r},"<=6"))/COUNT(${r})*100`;

const native = (...formulas: string[]) => expect.objectContaining({ rule: "native", formulas });

describe("convertFormula: native rule", () => {
  test.each([
    ["a whole-cell call", "CS.NPS(B2:B500)", [NPS("B2:B500")]],
    [
      "the spec's example, kept to the character",
      "ROUND(CS.NPS(Survey!B2:B500),0)",
      [`ROUND(${NPS("Survey!B2:B500")},0)`],
    ],
    ["the file form, quoted sheet", "_xldudf_CS_NPS('My Sheet'!B2:B9)", [NPS("'My Sheet'!B2:B9")]],
    ["any letter case, whole column", "cs.nps(A:A)", [NPS("A:A")]],
    ["absolute references", "CS.NPS($B$2:$B$9)", [NPS("$B$2:$B$9")]],
    ["a defined name", "CS.NPS(Scores)", [NPS("Scores")]],
    ["a table column", "CS.NPS(Survey[Score])", [NPS("Survey[Score]")]],
    ["an operator after the call: parenthesised", "CS.CHURN(B1,B2)*100", ["(B2/B1)*100"]],
    ["an operator before the call: parenthesised", "100/CS.CHURN(B1,B2)", ["100/(B2/B1)"]],
    ["a comparison inside IF", 'IF(CS.NPS(r)>0,"ok","bad")', [`IF((${NPS("r")})>0,"ok","bad")`]],
    [
      "spaces and strings outside the call are kept",
      'ROUND( cs.nps( A:A ) , 0 )&" pts, CS.NPS(x)"',
      [`ROUND( ${NPS("A:A")} , 0 )&" pts, CS.NPS(x)"`],
    ],
    ["nested calls, inside out", "CS.CHURN(CS.CHURN(A1,A2),B2)", ["B2/(A2/A1)"]],
    ["an expression argument is parenthesised", "CS.CHURN(A1+A2,B2)", ["B2/(A1+A2)"]],
    [
      "an array constant takes the SUMPRODUCT form",
      "CS.NPS({9,10,3})",
      [
        "(SUMPRODUCT(ISNUMBER(({9,10,3}))*(({9,10,3})>=9))-SUMPRODUCT(ISNUMBER(({9,10,3}))*(({9,10,3})<=6)))/COUNT(({9,10,3}))*100",
      ],
    ],
    [
      "omitted optional arguments take their defaults",
      "CS.CSAT(A1:A9)",
      ['COUNTIF(A1:A9,">="&4)/COUNT(A1:A9)'],
    ],
    [
      "an empty optional argument takes its default",
      "CS.CSAT(A1:A9,,5)",
      ['COUNTIF(A1:A9,">="&5)/COUNT(A1:A9)'],
    ],
    [
      "a literal scale decides the default threshold",
      "CS.CSAT(A1:A9,10)",
      ['COUNTIF(A1:A9,">="&6)/COUNT(A1:A9)'],
    ],
    [
      "a referenced scale: the default threshold as a formula",
      "CS.CSAT(A1:A9,D1)",
      ['COUNTIF(A1:A9,">="&(INT((D1+1)/2)+1))/COUNT(A1:A9)'],
    ],
    [
      "a spilled call that is the whole cell: one formula per cell",
      "CS.NPSBREAKDOWN(A1:A9)",
      [
        'COUNTIF(A1:A9,">=9")/COUNT(A1:A9)',
        'COUNTIFS(A1:A9,">=7",A1:A9,"<=8")/COUNT(A1:A9)',
        'COUNTIF(A1:A9,"<=6")/COUNT(A1:A9)',
        "COUNT(A1:A9)",
      ],
    ],
    [
      "TTV mean, in any case",
      'CS.TTV(S1:S9,V1:V9,"MEAN")',
      [
        '(SUMIFS(V1:V9,S1:S9,">=0",V1:V9,">=0")-SUMIFS(S1:S9,S1:S9,">=0",V1:V9,">=0"))/COUNTIFS(S1:S9,">=0",V1:V9,">=0")',
      ],
    ],
  ])("%s: %s", (_, formula, expected) => {
    expect(convertFormula(formula, { target: "office" })).toEqual(native(...expected));
  });

  test("lists the functions it converted, outermost first", () => {
    expect(convertFormula("CS.CHURN(CS.NPS(A:A),B2)+CS.NPS(C:C)", { target: "file" })).toEqual(
      expect.objectContaining({ functions: ["CHURN", "NPS", "NPS"] })
    );
  });

  test("a method in a cell is read through cellValue", () => {
    const cellValue = (t: Token) =>
      t.kind === "cell" && t.cell.column.n === 3 ? "mean" : undefined;
    expect(convertFormula("CS.TTV(A1:A9,B1:B9,C1)", { target: "office", cellValue })).toEqual(
      expect.objectContaining({ rule: "native" })
    );
  });
});

describe("convertFormula: value rule, with the reason", () => {
  const value = (id: string, functionId?: string) =>
    expect.objectContaining({
      rule: "value",
      reason: functionId ? { id, functionId } : expect.objectContaining({ id }),
    });

  test.each<[string, string, FormulaConversion | ReturnType<typeof value>]>([
    ["TTV median (the default)", "CS.TTV(A1:A9,B1:B9)", value("median-needs-array", "TTV")],
    ["TTV median, written", 'CS.TTV(A1:A9,B1:B9,"median")', value("median-needs-array", "TTV")],
    [
      "TTV, a method in a cell nobody read",
      "CS.TTV(A1:A9,B1:B9,C1)",
      value("method-unknown", "TTV"),
    ],
    [
      "a spilled call inside a formula",
      "1+CS.NPSBREAKDOWN(A1:A9)",
      value("spill-inside-formula", "NPSBREAKDOWN"),
    ],
    [
      "a COUNTIFS range that is a calculation",
      "CS.NPSBREAKDOWN(A1:A9*1)",
      value("criteria-range-not-reference", "NPSBREAKDOWN"),
    ],
    ["a required argument left empty", "CS.CHURN(,B2)", value("argument-missing", "CHURN")],
    ["a required argument left out", "CS.CHURN(B2)", value("argument-missing", "CHURN")],
    ["too many arguments", "CS.NPS(A1:A9,B1)", value("too-many-arguments", "NPS")],
    ["an unknown CS function", "CS.NOSUCH(A1)", value("unknown-function", "NOSUCH")],
    ["another workbook's cells", "CS.NPS([1]Data!A1:A9)", value("external-reference", "NPS")],
    [
      "another workbook, quoted",
      "CS.NPS('[Book.xlsx]Data'!A1:A9)",
      value("external-reference", "NPS"),
    ],
    ["an unclosed call", "CS.NPS(A1:A9", value("unreadable-formula")],
    ["text the tokenizer cannot read", 'CS.NPS(A1:A9)&"', value("unreadable-formula")],
  ])("%s: %s", (_, formula, expected) => {
    expect(convertFormula(formula, { target: "office" })).toEqual(expected);
  });
});

describe("convertFormula: no CS call", () => {
  test.each(["SUM(A1:A3)", "NPS(A1)", 'A1&"CS.NPS(A1)"', "XCS.NPS(A1)", "'unclosed"])(
    "%s is not a Share matter",
    (formula) => expect(convertFormula(formula, { target: "file" })).toBeUndefined()
  );
});
