/**
 * Loads the spec tables of test/cases/*.json (see test/cases/README.md) and compares results
 * with the precision rule of functions.md §10.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

export interface ExpectedError {
  readonly error: string;
  readonly id: string;
  readonly message: string;
}

export interface CaseRow {
  readonly n: number;
  readonly args: readonly unknown[];
  /** A number, one row of numbers (a function that spills a row), or an error. */
  readonly expect: number | readonly number[] | ExpectedError;
  readonly note?: string;
}

/** functions.md §1 "Results": rates are formatted as percentages, the rest are plain numbers. */
export type ResultFormat = "rate" | "number";

export interface CaseTable {
  readonly function: string;
  /** The result's format, or for a function that spills a row the format of each item. */
  readonly result: ResultFormat | readonly ResultFormat[];
  readonly params: readonly string[];
  readonly rows: readonly CaseRow[];
}

const CASES_DIR = join(__dirname, "..", "cases");

export function loadCases(functionName: string): CaseTable {
  const file = join(CASES_DIR, `${functionName.toLowerCase()}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as CaseTable;
}

/** Every function that has a spec table in test/cases, by id. */
export const CASE_FUNCTIONS: readonly string[] = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => (JSON.parse(readFileSync(join(CASES_DIR, name), "utf8")) as CaseTable).function)
  .sort();

/** An error cell as the custom-functions runtime hands it over (its CustomFunctionError shape). */
export type ErrorFactory = (code: string, message?: string) => unknown;

export const runtimeLikeError: ErrorFactory = (code, message) => ({
  type: "Error",
  basicType: "Error",
  basicValue: code,
  code,
  message: message ?? "",
});

/** Turns a case's JSON arguments into the values Excel would pass, errors built by `makeError`. */
export function decodeArgs(
  args: readonly unknown[],
  makeError: ErrorFactory = runtimeLikeError
): unknown[] {
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === "object" && "error" in value) {
      const { error, message } = value as { error: string; message?: string };
      return makeError(error, message);
    }
    return value;
  };
  return args.map(decode);
}

export function isExpectedError(expected: CaseRow["expect"]): expected is ExpectedError {
  return typeof expected === "object" && !Array.isArray(expected);
}

/** The expected items of a row result, each with its format, checked against the table's formats. */
export function expectedItems(
  table: CaseTable,
  expected: number | readonly number[]
): { readonly value: number; readonly format: ResultFormat }[] {
  const { result } = table;
  if (typeof expected === "number" && typeof result === "string")
    return [{ value: expected, format: result }];
  if (Array.isArray(expected) && Array.isArray(result) && expected.length === result.length)
    return expected.map((value: number, k) => ({ value, format: result[k] }));
  throw new Error(
    `${table.function}: expect ${JSON.stringify(expected)} does not fit result ${JSON.stringify(result)}`
  );
}

/** functions.md §10: |a − e| ≤ 1e-12 × max(1, |e|). */
export function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
  const difference = Math.abs((actual as number) - expected);
  if (!(difference <= tolerance)) {
    throw new Error(`expected ${expected} (±${tolerance}), got ${String(actual)}`);
  }
}

export function describeRow(table: CaseTable, row: CaseRow): string {
  const outcome = isExpectedError(row.expect)
    ? `${row.expect.error} ${row.expect.id}`
    : Array.isArray(row.expect)
      ? `[${row.expect.join(", ")}]`
      : String(row.expect);
  return `${table.function} row ${row.n}: → ${outcome}${row.note ? ` (${row.note})` : ""}`;
}
