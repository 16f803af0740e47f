/**
 * .csv reading: encodings by byte-order mark, the delimiter from the header line, values as
 * before (unquoted plain numbers are numbers, quoted fields text, empty fields blank), and the
 * files it refuses with the line to look at.
 */
import { SourceValue } from "../../src/health-score";
import { CsvError, csvSheetName, decodeCsv, parseCsv } from "../../src/xlsx/csv";
import { CsvColumns } from "../../src/xlsx/csv-columns";

/** The table read back row by row, as wide as its widest line. */
const rowsOf = (table: CsvColumns): SourceValue[][] =>
  Array.from({ length: table.rows }, (_, r) =>
    Array.from({ length: table.columns }, (_, c) => table.value(r, c))
  );

const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const body = Buffer.from(text, "utf16le");
  if (bigEndian) body.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
};

const TEXT = "id,usage\nA-1,1.5\n";
const ROWS = [
  ["id", "usage"],
  ["A-1", 1.5],
];

describe("decodeCsv", () => {
  test.each<[string, Buffer]>([
    ["UTF-8 without a BOM", Buffer.from(TEXT, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ["UTF-16 LE with a BOM", utf16(TEXT, false)],
    ["UTF-16 BE with a BOM", utf16(TEXT, true)],
  ])("%s", (_, bytes) => {
    expect(rowsOf(parseCsv(decodeCsv(bytes)))).toEqual(ROWS);
  });

  test("non-ASCII text survives UTF-16 BE", () => {
    expect(decodeCsv(utf16("شركة,客户\n", true))).toBe("شركة,客户\n");
  });
});

describe("parseCsv values", () => {
  test.each<[string, string, unknown[][]]>([
    [
      "numbers, text and blanks",
      "a,b,c\n1,x,\n",
      [
        ["a", "b", "c"],
        [1, "x", null],
      ],
    ],
    [
      "quoted fields stay text",
      'a,b\n"42","x, y"\n',
      [
        ["a", "b"],
        ["42", "x, y"],
      ],
    ],
    ["doubled quotes", 'a\n"say ""hi"""\n', [["a"], ['say "hi"']]],
    [
      "exponents and leading dots",
      "a,b,c\n1e3,.5,-2.\n",
      [
        ["a", "b", "c"],
        [1000, 0.5, -2],
      ],
    ],
    [
      "not plain numbers stay text",
      "a,b,c\n0x10,1 000,1,5\n".replace(",1,5", ",15"),
      [
        ["a", "b", "c"],
        ["0x10", "1 000", 15],
      ],
    ],
    [
      "CRLF line ends",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        [1, 2],
      ],
    ],
    [
      "a line break inside quotes",
      'a,b\n"x\ny",2\n',
      [
        ["a", "b"],
        ["x\ny", 2],
      ],
    ],
    [
      "a blank line keeps its row",
      "a,b\n\n1,2\n",
      [
        ["a", "b"],
        [null, null],
        [1, 2],
      ],
    ],
    [
      "semicolons (header decides)",
      "id;usage\nA-1;2.5\n",
      [
        ["id", "usage"],
        ["A-1", 2.5],
      ],
    ],
    [
      "semicolons with decimal commas in quotes",
      'id;usage\nA-1;"2,5"\n',
      [
        ["id", "usage"],
        ["A-1", "2,5"],
      ],
    ],
    [
      "commas win a tie-free header",
      'id,"a;b"\nA-1,1\n',
      [
        ["id", "a;b"],
        ["A-1", 1],
      ],
    ],
  ])("%s", (_, text, rows) => {
    expect(rowsOf(parseCsv(text))).toEqual(rows);
  });
});

describe("parseCsv refuses, naming the line", () => {
  test.each<[string, string, string]>([
    [
      "an unterminated quote",
      'id,usage\nA-1,1\nA-2,"12\nA-3,4\n',
      'in.csv line 3: a quoted field is never closed (a " is missing).',
    ],
    [
      "a ragged row",
      "id,usage,nps\nA-1,1,2\nA-2,3\n",
      'in.csv line 3 has 2 fields but the header line has 3 (fields separated by ","): each line needs the same number of fields.',
    ],
    [
      "rows with another delimiter than the header",
      "id;usage;nps\nA-1,1,2\n",
      'in.csv line 2 has 1 fields but the header line has 3 (fields separated by ";"): each line needs the same number of fields.',
    ],
    [
      "a quote closed in the middle of a field",
      'id,usage\nA-1,"1"2\n',
      'in.csv line 2: Invalid Closing Quote: got "2".',
    ],
  ])("%s", (_, text, message) => {
    expect(() => parseCsv(text, "in.csv")).toThrow(new CsvError(message));
  });
});

describe("csvSheetName", () => {
  test.each<[string, string]>([
    ["q1 [export]", "q1 _export_"],
    ["a".repeat(40), "a".repeat(31)],
    // 15 emoji are 30 units; the 16th would need units 31 and 32, so it is left out whole.
    ["😀".repeat(20), "😀".repeat(15)],
    ["", "Sheet1"],
  ])("%s", (stem, name) => {
    expect(csvSheetName(stem)).toBe(name);
    expect(csvSheetName(stem).length).toBeLessThanOrEqual(31);
  });
});
