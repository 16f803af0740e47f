/** The tokenizer on the syntax Share meets in real workbooks; every token keeps its span. */
import { Token, tokenize } from "../../src/formula/lexer";

const kinds = (text: string) => tokenize(text).map((t) => t.kind);
/** What lies between the tokens: only white space, so the spans cover every other character. */
const gaps = (text: string) => {
  let at = 0;
  let between = "";
  for (const t of tokenize(text)) {
    between += text.slice(at, t.start);
    at = t.end;
  }
  return between + text.slice(at);
};

describe("tokenize", () => {
  test.each([
    ["a quoted sheet with a space", "'My Sheet'!B2:B9", ["area"]],
    ["a quoted sheet with a quote", "'Bob''s'!A1", ["cell"]],
    ["whole columns and absolute rows", "A:A+$B$2", ["columns", "operator", "cell"]],
    ["a sheet-scoped name", "Data!Scores", ["name"]],
    ["an array constant with rows", '{1,2;"a,b",TRUE}', ["array"]],
    ["a table column", "Survey[Score]", ["structured"]],
    ["a table's this-row item", "Survey[[#This Row],[Score]]", ["structured"]],
    ["a column inside its table", "[@Score]*2", ["structured", "operator", "number"]],
    ["implicit intersection", "@A1:A9", ["operator", "area"]],
    ["the file form of a CS call", "_xldudf_CS_NPS(A1)", ["function", "cell", "close"]],
    ["a prefixed new function", "_xlfn.NORM.S.INV(0.975)", ["function", "number", "close"]],
  ])("%s: %s", (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
    expect(gaps(text).trim()).toBe("");
  });

  test("another workbook's sheet is marked external", () => {
    const [bracketed] = tokenize("[1]Data!A1:A9");
    const [quoted] = tokenize("'C:\\x\\[Book.xlsx]Data'!A1");
    const external = (t: Token) => ("sheet" in t ? t.sheet?.external : undefined);
    expect([external(bracketed), external(quoted), external(tokenize("Data!A1")[0])]).toEqual([
      true,
      true,
      undefined,
    ]);
  });

  test("a table name and its bracketed part are kept apart", () => {
    expect(tokenize("Survey[[#This Row],[Score]]")[0]).toEqual(
      expect.objectContaining({ table: "Survey", spec: "[[#This Row],[Score]]" })
    );
  });

  test.each(['{1,"x}', "[Score", "Survey[[Score]"])("%s is refused, not guessed", (text) =>
    expect(() => tokenize(text)).toThrow()
  );
});
