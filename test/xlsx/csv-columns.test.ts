/**
 * The .csv column store: values read back as they were pushed (numbers, text, blanks), past the
 * first growth of its typed columns, with a column that first appears on a later line.
 */
import { SourceValue } from "../../src/health-score";
import { CsvColumns } from "../../src/xlsx/csv-columns";

/** 3,000 lines: the typed columns grow twice past their first 1,024 rows. */
const LINES: SourceValue[][] = Array.from({ length: 3000 }, (_, r) => {
  if (r === 0) return ["id", "score"];
  if (r === 1500) return [null]; // a blank line
  if (r === 2000) return [`A-${r}`, -0, "late"]; // a third column from here on
  return [`A-${r}`, r % 7 === 0 ? null : r % 11 === 0 ? "n/a" : r / 4];
});

describe("CsvColumns", () => {
  const table = new CsvColumns();
  for (const line of LINES) table.push(line);
  table.trim();

  test("counts the lines and the widest line's columns", () => {
    expect([table.rows, table.columns]).toEqual([3000, 3]);
  });

  test.each<[string, number, number, SourceValue]>([
    ["header text", 0, 1, "score"],
    ["a fraction", 5, 1, 1.25],
    ["a blank field", 7, 1, null],
    ["text in a number column", 11, 1, "n/a"],
    ["after the first growth", 1025, 1, 256.25],
    ["after the second growth", 2999, 1, 749.75],
    ["a blank line", 1500, 0, null],
    ["negative zero stays -0", 2000, 1, -0],
    ["the late column", 2000, 2, "late"],
    ["the late column before it began", 5, 2, null],
    ["a row past the end", 3000, 0, null],
    ["a column past the end", 5, 3, null],
  ])("%s", (_, row, column, value) => {
    expect(table.value(row, column)).toBe(value);
  });
});
