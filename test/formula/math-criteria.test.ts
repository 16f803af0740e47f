/**
 * COUNTIFS, SUMIFS, INT, ROUND, SQRT and ABS, the functions the native forms of CS functions use
 * (docs/native-formulas.md), with Excel's documented results worked out by hand over the
 * dirty-data fixture of evaluate.test.ts (`Mixed!A2:A21`; C2:C4 holds #DIV/0!, `""` and 5).
 */
import { FormulaValue } from "../../src/formula";
import { evaluateIn, gridBook } from "./grid-book";

const E = (error: string) => ({ error });

const mixed: FormulaValue[][] = [
  ["Values", "Other", "C"],
  ...[10, 9, 9, 8, 7, 6, 5, 0, 3, null, "n/a", "9", true, false, 10, 2, null, 9, 7, 1].map(
    (v): FormulaValue[] => [v]
  ),
];
mixed[1][2] = E("#DIV/0!");
mixed[2][2] = "";
mixed[3][2] = 5;

const book = gridBook({
  Mixed: mixed,
  Squares: Array.from({ length: 101 }, (_, i) => [i * i]),
  Dates: [
    [45000, 45010],
    [45005, null],
    [null, 45020],
    [45030, 45031],
  ],
});

const cases = (rows: [string, FormulaValue][]) =>
  it.each(rows)("%s → %j", (formula, expected) =>
    expect(evaluateIn(book, formula)).toEqual(expected)
  );

describe("COUNTIFS", () => {
  cases([
    ['COUNTIFS(Mixed!A2:A21,">=7",Mixed!A2:A21,"<=8")', 3], // oracles #20
    ['COUNTIFS(Mixed!A2:A21,">=9")', 5],
    ['COUNTIFS(Mixed!A2:A21,"")', 2],
    ['COUNTIFS(Squares!A1:A101,">=0",Squares!A1:A101,"<100")', 10],
    ['COUNTIFS(Mixed!A:A,"")', 1_048_576 - 19],
    ['COUNTIFS(Dates!A1:A4,">=0",Dates!B1:B4,">=0")', 2],
    ['COUNTIFS(Dates!A1:A4,"<"&45006,Dates!B1:B4,"")', 1],
    ['COUNTIFS(Mixed!A2:A21,">=9",Mixed!A2:A20,"<=8")', E("#VALUE!")],
  ]);
});

describe("SUMIFS", () => {
  cases([
    ['SUMIFS(Mixed!A2:A21,Mixed!A2:A21,">=9")', 47],
    ['SUMIFS(Dates!B1:B4,Dates!A1:A4,">=0",Dates!B1:B4,">=0")', 45010 + 45031],
    ['SUMIFS(Mixed!A2:A21,Mixed!A2:A21,"n/a")', 0],
    ['SUMIFS(Mixed!C2:C4,Mixed!A2:A4,">=9")', E("#DIV/0!")],
    ['SUMIFS(Mixed!C2:C4,Mixed!A2:A4,"<9")', 0],
    ['SUMIFS(Mixed!A2:A21,Mixed!A2:A20,">=9")', E("#VALUE!")],
  ]);
});

describe("INT, ROUND, SQRT, ABS", () => {
  cases([
    ["INT(2.7)", 2],
    ["INT(-2.5)", -3],
    ['INT("3.5")', 3],
    ["INT(Mixed!A11)", 0],
    ["INT(TRUE)", 1],
    ['INT("x")', E("#VALUE!")],
    ["ROUND(2.5,0)", 3],
    ["ROUND(-2.5,0)", -3],
    ["ROUND(1.005,2)", 1.01],
    ["ROUND(1234.5678,-2)", 1200],
    ["ROUND(-7.14285714285714,1)", -7.1], // oracles #45
    ["ROUND(2.15,1)", 2.2],
    ["ROUND(1/0,1)", E("#DIV/0!")],
    ['ROUND("x",0)', E("#VALUE!")],
    ["SQRT(16)", 4],
    ["SQRT(-1)", E("#NUM!")],
    ["ABS(-3)", 3],
    // As a file stores a function newer than Excel 2007.
    ["_xlfn.NORM.S.DIST(0,TRUE)", 0.5],
  ]);
});
