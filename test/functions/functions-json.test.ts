/**
 * Golden file: the functions.json that Excel reads (tooltips, argument hints, help links,
 * options) is compared with a checked-in copy, so any change to what users see is reviewed.
 * After an intended JSDoc change: `npm run build && cp dist/functions.json test/functions/functions.expected.json`.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DIST } from "../support/bundle";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

describe("dist/functions.json", () => {
  const actual = read(join(DIST, "functions.json"));

  test("equals the reviewed golden file", () => {
    expect(actual).toEqual(read(join(__dirname, "functions.expected.json")));
  });

  test("lets error values and data types reach the `any` parameters (functions.md §1)", () => {
    expect(actual.allowErrorForDataTypeAny).toBe(true);
    expect(actual.allowCustomDataForDataTypeAny).toBe(true);
  });
});
