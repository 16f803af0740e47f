/**
 * Unit cases per operator and function, expected values worked out by hand from Excel's
 * documented behaviour. "oracles #n" = row n of the project's table of 48 formulas over dirty
 * data checked in Excel and LibreOffice (the `Mixed!A2:A21` fixture below is its column A; C2:C4
 * its error, `=""` and 5).
 */
import { FormulaValue, evaluateFormula } from "../../src/formula";
import { evaluateIn, gridBook } from "./grid-book";

const E = (error: string) => ({ error });
const [NA, VALUE, DIV0, REF, NUM, NAME] = [
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#NUM!",
  "#NAME?",
].map(E);

const mixed: FormulaValue[][] = [
  ["Values", "Other", "C"],
  ...[10, 9, 9, 8, 7, 6, 5, 0, 3, null, "n/a", "9", true, false, 10, 2, null, 9, 7, 1].map(
    (v): FormulaValue[] => [v]
  ),
];
mixed[1][2] = DIV0;
mixed[2][2] = "";
mixed[3][2] = 5;

const book = gridBook(
  {
    Mixed: mixed,
    // §13.2's values with a blank and a text below.
    P: [[10], [20], [20], [40], [80], [null], ["x"]],
    Squares: Array.from({ length: 101 }, (_, i) => [i * i]),
    Wild: [["A*"], ["A?"], ["A~1"], ["AB"], [0.30000000000000004]],
    "Health History": [["Snapshot"], [46000]],
    "It's": [[42]],
  },
  {
    Src: "Mixed!$A$2:$A$21",
    Gone: "#REF!",
    Deleted: "#REF!$B$2:$B$7",
    Marker: '"cs-metrics:health-score:v1:0123456789ab"',
    WithEquals: "=Mixed!$A$3",
    Relative: "Mixed!A2",
    Loop: "Loop",
  }
);

const cases = (rows: [string, FormulaValue][]) =>
  it.each(rows)("%s → %j", (formula, expected) =>
    expect(evaluateIn(book, formula)).toEqual(expected)
  );

describe("operators", () => {
  cases([
    ["1+2*3", 7],
    ["(1+2)*3", 9],
    ["-2*3", -6],
    ["2-3-4", -5],
    ["8/2/2", 2],
    ["--TRUE", 1],
    ["--FALSE", 0],
    ['--"3"', 3],
    ['-"abc"', VALUE],
    ['"3"*"4"', 12],
    ["1/0", DIV0],
    ["Mixed!A11+1", 1], // oracles #42: blank is 0
    ["Mixed!A12+1", VALUE], // oracles #41: "n/a"
    ["Mixed!A13+1", 10], // oracles #40: "9" converts
    ["Mixed!A14+1", 2], // oracles #43: TRUE is 1
    ['"a"&1&TRUE', "a1TRUE"],
    ['1/3&""', "0.333333333333333"],
    ['Mixed!A11&"x"', "x"],
    ['"abc"="ABC"', true],
    ['"abc"<>"ABD"', true],
    ['"a"<"B"', true],
    ['1<"a"', true], // numbers sort before text
    ['"a"<TRUE', true], // text before booleans
    ["FALSE<TRUE", true],
    ["Mixed!A11=0", true], // a blank compares as 0, "" or FALSE
    ['Mixed!A11=""', true],
    ["Mixed!A11=FALSE", true],
    ['Mixed!C3=""', true],
    ["Mixed!C3=0", false],
    ["0.1+0.2=0.3", true], // 15 significant digits (spec §5.7)
    ["0.1+0.2<0.3", false],
    ["0.1+0.2>=0.3", true],
    ["1<1.0000000000001", true],
    ["2>=2", true],
    ["#N/A=1", NA],
    ["1+#REF!", REF],
    ['(1/0)&"x"', DIV0],
    ["1=1/0", DIV0],
    ["Mixed!A2", 10],
    ["Mixed!A11", 0], // a formula showing an empty cell shows 0
    ["mixed!A3", 9], // sheet names ignore case
    ["'Health History'!A2", 46000],
    ["'It''s'!A1", 42],
    ["Nope!A1", REF],
    ["Mixed!#REF!", REF],
    ["Mixed!$A$2+Mixed!A$3+Mixed!$A4", 28],
  ]);
});

describe("logical and IS functions", () => {
  cases([
    ["IF(TRUE,1,2)", 1],
    ["IF(0,1,2)", 2],
    ["IF(-0.5,1,2)", 1],
    ["IF(FALSE,1)", false],
    ['IF("a",1,2)', VALUE],
    ["IF(#N/A,1,2)", NA],
    ["IF(TRUE,1,1/0)", 1], // only the chosen branch is evaluated
    ["IF(Mixed!A11,1,2)", 2], // blank is FALSE
    ['IFERROR(1/0,"x")', "x"],
    ['IFERROR(5,"x")', 5],
    ["IFERROR(#N/A,0)", 0],
    ["IFERROR(Mixed!C2,Mixed!A2)", 10],
    ["NOT(0)", true],
    ["NOT(Mixed!A11)", true],
    ['NOT("a")', VALUE],
    ["NOT(1/0)", DIV0],
    ["AND(TRUE,1)", true],
    ["AND(TRUE,0)", false],
    ["AND(Mixed!A12)", VALUE], // a reference holding only text has no condition
    ["AND(Mixed!A2:A21)", false], // A9 is 0, A15 FALSE; text and blanks skipped
    ["AND(Mixed!A2:A8,Mixed!A14)", true],
    ["OR(Mixed!A11:A13)", VALUE],
    ["OR(Mixed!A14:A15)", true],
    ['AND("a")', VALUE],
    ["AND(1/0,TRUE)", DIV0],
    ["OR(FALSE,0,1)", true],
    ["ISBLANK(Mixed!A11)", true],
    ["ISBLANK(Mixed!C3)", false], // "" is text, not blank
    ['ISBLANK("")', false],
    ["ISNUMBER(Mixed!A13)", false], // oracles #44
    ["ISNUMBER(Mixed!A2)", true],
    ["ISTEXT(Mixed!A13)", true],
    ["ISTEXT(Mixed!A11)", false],
    ["ISERROR(Mixed!C2)", true],
    ["ISERROR(#N/A)", true],
    ["ISERROR(Mixed!C3)", false],
    ["ISNUMBER(1/0)", false],
  ]);
});

describe("aggregates", () => {
  cases([
    ["COUNT(Mixed!A2:A21)", 14], // oracles #1
    ["SUM(Mixed!A2:A21)", 86], // oracles #4
    ["AVERAGE(Mixed!A2:A21)", 86 / 14], // oracles #5
    ["MAX(Mixed!A2:A21)", 10], // oracles #7
    ["MIN(Mixed!A2:A21)", 0], // oracles #8
    ["MEDIAN(Mixed!A2:A21)", 7], // oracles #9
    ["COUNT(Mixed!A:A)", 14], // oracles #10
    ["MAX(Mixed!$A:$A)", 10],
    ["SUM(Mixed!C2:C4)", DIV0], // oracles #30
    ["COUNT(Mixed!C2:C4)", 1], // oracles #31
    ["AVERAGE(Mixed!A11:A13)", DIV0], // oracles #34
    ["SUM(Mixed!A13,1)", 1], // oracles #35
    ['SUM("9",1)', 10], // oracles #36
    ["SUM(TRUE,1)", 2], // oracles #37
    ["COUNT(Mixed!A14,Mixed!A15)", 0], // oracles #38
    ['COUNT(TRUE,"9",1)', 3], // oracles #39
    ['COUNT("abc",1/0,2)', 1],
    ['SUM("abc",1)', VALUE],
    ["MIN(Mixed!A11:A13)", 0], // no numbers
    ["MAX(Mixed!A12,-3)", -3],
    ['MAX(1,"3")', 3],
    ["MEDIAN(1,2,3,4)", 2.5],
    ["ROUND(2.675,2)", 2.68], // as Excel shows it, not the binary 2.67499…
    ["ROUND(-2.5,0)", -3], // half away from zero
    ["ROUND(1234.5,-2)", 1200],
    ["ROUND(33.333333,1)", 33.3],
    ['ROUND("abc",1)', VALUE],
    ["ROUND(1/0,1)", DIV0],
    ["MEDIAN(Mixed!A11:A13)", NUM],
    ["SMALL(Mixed!A2:A21,1)", 0],
    ["SMALL(Mixed!A2:A21,2)", 1],
    ["SMALL(Mixed!A2:A21,14)", 10],
    ["SMALL(Mixed!A2:A21,15)", NUM],
    ["SMALL(Mixed!A2:A21,0)", NUM],
    ["SMALL(Mixed!C2:C4,1)", DIV0],
    // §13.2: G0 10, G24 19.6, G25 20, G51 20.8, G75 40, G100 80 over 10, 20, 20, 40, 80.
    ["PERCENTILE(P!A1:A7,0)", 10],
    ["PERCENTILE(P!A1:A7,0.24)", 19.6],
    ["PERCENTILE(P!A1:A7,0.25)", 20],
    ["PERCENTILE(P!A1:A7,0.5)", 20],
    ["PERCENTILE(P!A1:A7,0.51)", 20.8],
    ["PERCENTILE(P!A1:A7,0.75)", 40],
    ["PERCENTILE(P!A1:A7,1)", 80],
    ["PERCENTILE(P!A1:A7,1.1)", NUM],
    ["PERCENTILE(P!A1:A7,-0.1)", NUM],
    ["PERCENTILE(P!A6:A7,0.5)", NUM],
    // 0.29·100 is 28.999999999999996 in binary; the rank is 29, so exactly 29² = 841.
    ["PERCENTILE(Squares!A1:A101,0.29)", 841],
    ["PERCENTILE(Squares!A1:A101,0.295)", 870.5],
    ["SUMPRODUCT(--(Mixed!A2:A21>=9))", 9], // oracles #25: text and booleans sort above numbers
    ["SUMPRODUCT(--(Mixed!A2:A21<=6))", 8], // oracles #26: blanks compare as 0
    ["SUMPRODUCT(ISNUMBER(Mixed!A2:A21)*(Mixed!A2:A21>=9))", 5], // oracles #27
    ["SUMPRODUCT(Mixed!A2:A21*1)", VALUE], // oracles #29: "n/a"*1
    ["SUMPRODUCT(Mixed!A2:A21,Mixed!A2:A21)", 680], // non-numbers count as 0
    ["SUMPRODUCT(Mixed!A2:A21>=9)", 0], // booleans are not numbers
    ["SUMPRODUCT(Mixed!A2:A3,Mixed!A2:A4)", VALUE],
    ["SUMPRODUCT(Mixed!C2:C4)", DIV0],
    ["SUMPRODUCT(--ISNUMBER(Mixed!A11:A13),Mixed!A2:A4)", 0],
    ["SUMPRODUCT(--ISNUMBER(Mixed!A2:A4),Mixed!A2:A4)", 28],
    ["SUMPRODUCT(3,2)", 6],
  ]);
});

describe("criteria", () => {
  cases([
    ['COUNTIF(Mixed!A2:A21,">=9")', 5], // oracles #11
    ['COUNTIF(Mixed!A2:A21,"<=6")', 6], // oracles #12
    [
      '(COUNTIF(Mixed!A2:A21,">=9")-COUNTIF(Mixed!A2:A21,"<=6"))/COUNT(Mixed!A2:A21)*100',
      ((5 - 6) / 14) * 100,
    ], // oracles #13
    ['COUNTIF(Mixed!A2:A21,"9")', 4], // oracles #14: the text "9" too
    ["COUNTIF(Mixed!A2:A21,9)", 4], // oracles #15
    ['COUNTIF(Mixed!A2:A21,"n/a")', 1], // oracles #16
    ['COUNTIF(Mixed!A2:A21,"<>")', 18], // oracles #17
    ['COUNTIF(Mixed!A2:A21,"")', 2], // oracles #18
    ["COUNTIF(Mixed!A2:A21,TRUE)", 1], // oracles #19
    ['COUNTIF(Mixed!A2:A21,"N/A")', 1],
    ['COUNTIF(Mixed!A2:A21,"n*")', 1],
    ['COUNTIF(Mixed!A2:A21,"<>9")', 16],
    ['COUNTIF(Mixed!A2:A21,"=9")', 4],
    ['COUNTIF(Mixed!A2:A21,">9")', 2],
    ['COUNTIF(Wild!A1:A4,"A~*")', 1],
    ['COUNTIF(Wild!A1:A4,"a*")', 4],
    ['COUNTIF(Mixed!C2:C4,"")', 1], // "" counts as empty
    ['COUNTIF(Mixed!A:A,"")', 1_048_576 - 19], // every empty cell of the column
    ['SUMIF(Mixed!A2:A21,">=9",Mixed!A2:A21)', 47],
    ['SUMIF(Mixed!A2:A21,"9")', 27], // the text "9" matches but is not summed
    ['SUMIF(Mixed!A2:A4,">0",Mixed!C2:C4)', DIV0],
    ['SUMIF(Mixed!A2:A4,">0",Mixed!C3)', 5], // sum_range takes the criteria range's shape
    ['SUMIF(Mixed!A2:A21,"x",Mixed!C2:C4)', 0],
    ['COUNTIFS(Mixed!A2:A21,">=9")', 5], // one pair: COUNTIF
    ['COUNTIFS(Mixed!A2:A21,">=9",Mixed!A2:A21,"<=9")', 3], // the numbers 9 (not the text)
    ['COUNTIFS(Mixed!A2:A21,">=9",Mixed!A2:A4,">0")', VALUE], // ranges of two shapes
    ['COUNTIFS(Mixed!A:A,"",Mixed!A:A,"")', 1_048_576 - 19],
    ['SUMIFS(Mixed!A2:A21,Mixed!A2:A21,">=9")', 47],
    ['SUMIFS(Mixed!A2:A21,Mixed!A2:A21,">=9",Mixed!A2:A21,"<=9")', 27],
    ['SUMIFS(Mixed!A2:A4,Mixed!A2:A21,">=9")', VALUE],
  ]);
});

describe("lookup and reference", () => {
  cases([
    ["MATCH(9,Mixed!A2:A21,0)", 2],
    ['MATCH("9",Mixed!A2:A21,0)', 12], // text matches text only
    ['MATCH("N/A",Mixed!A2:A21,0)', 11],
    ["MATCH(TRUE,Mixed!A2:A21,0)", 13],
    ["MATCH(11,Mixed!A2:A21,0)", NA],
    ['MATCH("n*",Mixed!A2:A21,0)', 11],
    ['MATCH("?/a",Mixed!A2:A21,0)', 11],
    ["MATCH(1/0,Mixed!A2:A21,0)", DIV0],
    ['MATCH("",Mixed!A2:A21,0)', NA], // a blank cell is never found
    // Wildcards (spec §5.5): unescaped "A?" finds "A*"; escaped keys find themselves.
    ['MATCH("A?",Wild!A1:A4,0)', 1],
    ['MATCH("A~*",Wild!A1:A4,0)', 1],
    ['MATCH("A~?",Wild!A1:A4,0)', 2],
    ['MATCH("a~~1",Wild!A1:A4,0)', 3],
    ['MATCH("A~1",Wild!A1:A4,0)', NA],
    [
      'MATCH(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(Wild!A3,"~","~~"),"*","~*"),"?","~?"),Wild!A1:A4,0)',
      3,
    ],
    // MATCH compares exact binary values, = to 15 digits (spec §5.7).
    ["MATCH(0.3,Wild!A1:A5,0)", NA],
    ["Wild!A5=0.3", true],
    ["MATCH(25,P!A1:A5,1)", 3], // the last of the tie run 20, 20
    ["MATCH(20,P!A1:A5,1)", 3],
    ["MATCH(5,P!A1:A5,1)", NA],
    ["MATCH(100,P!A1:A5,1)", 5],
    ["MATCH(40,P!A1:A5)", 4],
    ["MATCH(1,Mixed!A2:C3,0)", NA],
    ["MATCH(46000,'Health History'!$A:$A,0)", 2],
    ["INDEX(Mixed!A2:A21,3)", 9],
    ["INDEX(Mixed!A2:A21,2.9)", 9], // truncated to 2
    ["INDEX(Mixed!A2:A21,21)", REF],
    ['INDEX(Mixed!A2:A21,"x")', VALUE],
    ["INDEX(Mixed!A2:A21,1/0)", DIV0],
    ["INDEX(Mixed!A1:C1,2)", "Other"], // one row: the index runs along it
    ["INDEX(Mixed!A2:C4,3,3)", 5],
    ["INDEX(Mixed!A11:A12,1)", 0],
    ["INDEX(Mixed!A:A,3)", 9],
    ["INDEX(#N/A,1)", NA],
    ["ROWS(INDEX(Mixed!A2:A21,2):INDEX(Mixed!A2:A21,5))", 4],
    ["SUM(INDEX(Mixed!A2:A21,1):INDEX(Mixed!A2:A21,3))", 28],
    ["SUM(INDEX(Mixed!A2:A21,3):A5)", 17], // unprefixed: the formula's sheet
    ["ROWS(Mixed!A2:A21)", 20],
    ["ROWS(Mixed!A:A)", 1_048_576],
    ["ROWS(5)", 1],
    ["ROWS(#REF!)", REF],
    ["ROW()", 1],
    ["ROW(Mixed!B7)", 7],
    ['SUBSTITUTE("a*b?c~","~","~~")', "a*b?c~~"],
    ['SUBSTITUTE("aAa","a","b")', "bAb"], // case-sensitive
    ['SUBSTITUTE(12,1,"x")', "x2"],
    ['SUBSTITUTE("abc","","x")', "abc"],
    ['SUBSTITUTE(1/0,"a","b")', DIV0],
  ]);
});

describe("defined names", () => {
  cases([
    ["ROWS(Src)", 20],
    ["SUM(Src)", 86],
    ["ISERROR(ROWS(Src))", false],
    ["ISERROR(ROWS(Gone))", true],
    ["ISERROR(ROWS(Deleted))", true],
    ["ROWS(Deleted)", REF],
    ["Missing", NAME],
    ["ISERROR(ROWS(Missing))", true],
    ["Marker", "cs-metrics:health-score:v1:0123456789ab"],
    ["WithEquals", 9],
  ]);
});

describe("outside the subset: { unsupported }, never a guessed value", () => {
  it.each([
    "5%",
    "50%",
    "+1",
    "{1,2}",
    "Mixed!A2 Mixed!A3",
    "FOO(1)",
    "VLOOKUP(1,Mixed!A2:B3,2)",
    "IF(TRUE)",
    "IF(,1)",
    '"1/2/2020"+1',
    '"$5"*2',
    "Mixed!A2:A3",
    "Mixed!1:1",
    "ISNUMBER(Mixed!A2:A3)",
    "IF(Mixed!A2:A3>1,1,0)",
    'IF("TRUE",1,2)',
    'COUNTIF(Mixed!A2:A21,">a")',
    'COUNTIF(Mixed!A2:A21,"1/1/2020")',
    'MATCH("",Mixed!C2:C4,0)',
    "MATCH(Mixed!A11,Mixed!A2:A21,0)",
    "MATCH(9,Mixed!A2:A21,-1)",
    "MATCH(9,Mixed!A2:A21,1)", // binary search over mixed types
    "SMALL(Mixed!A2:A21,1.5)",
    '"a"<"b-c"',
    '1E-7&""',
    "SUM(INDEX(Mixed!A2:A21,1):INDEX(P!A1:A5,2))",
    "Relative",
    "Loop",
    '"unterminated',
  ])("%s", (formula) => {
    const result = evaluateIn(book, formula);
    expect(result).toEqual({ unsupported: expect.any(String) });
  });

  it("passes through IFERROR and ISERROR", () => {
    expect(evaluateIn(book, "IFERROR(50%,0)")).toEqual({ unsupported: "the % operator" });
    expect(evaluateIn(book, "ISERROR(FOO(1))")).toEqual({ unsupported: "the function FOO" });
  });

  it("propagates an unsupported cell value", () => {
    const inner = gridBook({ S: [[{ unsupported: "VLOOKUP" }]] });
    expect(evaluateIn(inner, "IFERROR(S!A1,0)", { sheet: "S", row: 2, column: 1 })).toEqual({
      unsupported: "VLOOKUP",
    });
  });
});

describe("array constants and @", () => {
  const book = {
    value: () => 7,
    sheetNames: () => ["S"],
    usedRows: () => 1,
    name: () => undefined,
  };
  const at = { sheet: "S", row: 1, column: 1 };
  test.each([
    ["SUMPRODUCT({1,2;3,4})", 10],
    ['COUNT({1,"x",TRUE;2,3,#N/A})', 3],
    ["@B2+1", 8],
  ])("%s = %s", (formula, expected) => expect(evaluateFormula(formula, at, book)).toBe(expected));
});

describe("CS functions through the book", () => {
  const cells: Record<string, number | null> = { "1,1": 9, "2,1": 10, "3,1": 3, "4,1": null };
  const book = {
    value: (_: string, row: number, column: number) => cells[`${row},${column}`] ?? null,
    sheetNames: () => ["S"],
    usedRows: () => 4,
    name: () => undefined,
    csFunction: (id: string, args: readonly unknown[]) =>
      id === "COUNTARGS"
        ? args.length
        : id === "ROWSOF"
          ? (args[0] as unknown[][]).length
          : { error: "#N/A" },
  };
  const at = { sheet: "S", row: 9, column: 9 };
  test.each([
    ["_xldudf_CS_ROWSOF(A:A)", 4],
    ["cs.rowsof(A1:A3)*2", 6],
    ["CS.COUNTARGS(A1,,3)", 3],
    ["ISERROR(CS.OTHER(A1))", true],
  ])("%s = %s", (formula, expected) => expect(evaluateFormula(formula, at, book)).toBe(expected));

  test("without the book's functions a CS call is unsupported, never guessed", () => {
    expect(evaluateFormula("CS.ROWSOF(A1:A3)", at, { ...book, csFunction: undefined })).toEqual({
      unsupported: "the custom function CS.ROWSOF",
    });
  });
});

describe("AGGREGATE with option 6 (error cells skipped)", () => {
  const cells: Record<string, unknown> = {
    1: 10,
    2: { error: "#N/A" },
    3: "n/a",
    4: 40,
    5: null,
    6: 20,
  };
  const book = {
    value: (_: string, row: number) => (cells[row] ?? null) as FormulaValue,
    sheetNames: () => ["S"],
    usedRows: () => 6,
    name: () => undefined,
  };
  const at = { sheet: "S", row: 1, column: 3 };
  // Expected values worked by hand over the numbers 10, 40, 20 (the #N/A, text and blank skipped).
  test.each<[string, unknown]>([
    ["AGGREGATE(5,6,A1:A6)", 10],
    ["AGGREGATE(4,6,A1:A6)", 40],
    ["AGGREGATE(16,6,A1:A6,0.5)", 20],
    ["AGGREGATE(16,6,A1:A6,0.25)", 15],
    ["AGGREGATE(16,6,A1:A6,1.5)", { error: "#NUM!" }],
    ["MIN(A1:A6)", { error: "#N/A" }],
    ["AGGREGATE(16,6,A5:A5,0.5)", { error: "#NUM!" }],
  ])("%s = %j", (formula, expected) =>
    expect(evaluateFormula(formula, at, book)).toEqual(expected)
  );

  test.each(["AGGREGATE(9,6,A1:A6)", "AGGREGATE(5,0,A1:A6)", "AGGREGATE(16,6,A1:A6)"])(
    "%s is outside the subset, never guessed",
    (formula) => expect(evaluateFormula(formula, at, book)).toHaveProperty("unsupported")
  );
});

describe("^ and the functions of the native forms", () => {
  const book = {
    value: () => null,
    sheetNames: () => ["S"],
    usedRows: () => 1,
    name: () => undefined,
  };
  const at = { sheet: "S", row: 1, column: 1 };
  // By hand, and NORM.S.INV(0.975) as functions.md gives z for 95 %.
  test.each<[string, unknown]>([
    ["2^3", 8],
    ["-2^2", 4],
    ["2^3^2", 64],
    ["2*3^2", 18],
    ["4^0.5", 2],
    ["0^0", { error: "#NUM!" }],
    ["0^-1", { error: "#DIV/0!" }],
    ["(-8)^(1/3)", { error: "#NUM!" }],
    ["SQRT(16)", 4],
    ["SQRT(-1)", { error: "#NUM!" }],
    ['SQRT("9")', 3],
    ["ABS(-3)", 3],
    ["NORM.S.DIST(0,TRUE)", 0.5],
    ["NORM.S.INV(0.5)", 0],
    ["NORM.S.INV(1)", { error: "#NUM!" }],
    ["NORM.S.INV(0)", { error: "#NUM!" }],
    ["_xlfn.NORM.S.INV(0.5)", 0], // the file form of a newer function reads as the function
  ])("%s = %j", (formula, expected) =>
    expect(evaluateFormula(formula, at, book)).toEqual(expected)
  );

  test("NORM.S.INV(0.975) is z for 95 %, and NORM.S.DIST takes it back", () => {
    const z = evaluateFormula("NORM.S.INV(1-(1-0.95)/2)", at, book) as number;
    expect(Math.abs(z - 1.95996398454005) / 1.95996398454005).toBeLessThan(1e-14);
    const p = evaluateFormula(`NORM.S.DIST(${z},TRUE)`, at, book) as number;
    expect(Math.abs(p - 0.975)).toBeLessThan(1e-15);
  });

  test("the density of NORM.S.DIST is outside the subset, never guessed", () => {
    expect(evaluateFormula("NORM.S.DIST(0,FALSE)", at, book)).toHaveProperty("unsupported");
  });
});
