/**
 * The built bundle (dist/functions.js) against the spec tables, loaded as Excel loads it:
 * registration through CustomFunctions.associate, error inputs as runtime error objects,
 * results as numbers, formatted rates or CustomFunctions.Error with the catalogue message.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DIST, loadBundle, RuntimeError, RuntimeErrorShape } from "../support/bundle";
import {
  CASE_FUNCTIONS,
  decodeArgs,
  describeRow,
  expectClose,
  expectedItems,
  isExpectedError,
  loadCases,
} from "../support/cases";

describe.each(["1.4", "1.3"] as const)(
  "bundle in an Excel with CustomFunctionsRuntime %s",
  (runtime) => {
    const bundle = loadBundle({ customFunctionsRuntime: runtime });

    test("registers exactly the functions of functions.json, by id", () => {
      const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
        functions: { id: string }[];
      };
      expect([...bundle.functions.keys()].sort()).toEqual(
        metadata.functions.map((f) => f.id).sort()
      );
      expect([...bundle.functions.keys()].sort()).toEqual(CASE_FUNCTIONS); // every function has its spec table
    });

    describe.each(CASE_FUNCTIONS.map((name) => [name, loadCases(name)] as const))(
      "%s spec table",
      (name, table) => {
        test.each(table.rows.map((row) => [describeRow(table, row), row] as const))(
          "%s",
          (_title, row) => {
            const fn = bundle.functions.get(name)!;
            const result = fn(...decodeArgs(row.args, bundle.makeError));
            if (isExpectedError(row.expect)) {
              expect(result).toBeInstanceOf(RuntimeError);
              const error = result as RuntimeErrorShape;
              expect({ code: error.code, message: error.message }).toEqual({
                code: row.expect.error,
                message: row.expect.message,
              });
            } else {
              const items = expectedItems(table, row.expect);
              const shown = Array.isArray(table.result) ? spilledRow(result) : [result];
              expect(shown).toHaveLength(items.length);
              items.forEach(({ value, format }, k) =>
                expectExcelNumber(shown[k], value, format === "rate" && runtime === "1.4")
              );
            }
          }
        );
      }
    );

    test("an error received as input is returned with its code and message", () => {
      const input = bundle.makeError("#N/A", "Lookup found nothing");
      const result = bundle.functions.get("CHURN")!(input, 5) as RuntimeErrorShape;
      expect([result.code, result.message]).toEqual(["#N/A", "Lookup found nothing"]);
    });

    test("a rate computed by one CS function is a valid argument of another", () => {
      const rate = bundle.functions.get("CHURN")!(1000, 64);
      const clv = bundle.functions.get("CLV")!(100, 1, 10, rate);
      expectClose(clv, 64); // 100 × 1 × 10 × 0.064
    });

    test("a row result spills right from its cell: one row, numbers or formatted rates", () => {
      const result = bundle.functions.get("NPSBREAKDOWN")!([[10], [9], [8], [0]]);
      const rate = (basicValue: number) =>
        runtime === "1.4" ? { type: "Double", basicValue, numberFormat: "0.0%" } : basicValue;
      expect(result).toEqual([[rate(0.5), rate(0.25), rate(0.25), 4]]);
    });

    test("an unexpected exception in a row function is one #VALUE!, not a spilled row", () => {
      const hostile = {
        get type(): string {
          throw new TypeError("boom");
        },
      };
      const result = bundle.functions.get("NPSBREAKDOWN")!([[hostile]]) as RuntimeErrorShape;
      expect(result).toBeInstanceOf(RuntimeError);
      expect([result.code, result.message]).toEqual([
        "#VALUE!",
        "CS.NPSBREAKDOWN failed unexpectedly (boom). Please report this with the formula and its inputs.",
      ]);
    });

    test("an unexpected exception becomes #VALUE! with a message, never a throw", () => {
      const hostile = {
        get type(): string {
          throw new TypeError("boom");
        },
      };
      let result: unknown;
      expect(() => (result = bundle.functions.get("NPS")!([[hostile]]))).not.toThrow();
      expect(result).toBeInstanceOf(RuntimeError);
      expect((result as RuntimeErrorShape).code).toBe("#VALUE!");
      expect((result as RuntimeErrorShape).message).toBe(
        "CS.NPS failed unexpectedly (boom). Please report this with the formula and its inputs."
      );
    });
  }
);

test("a function is declared to spill (result dimensionality matrix) exactly when its spec table returns a row", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string; result: { dimensionality?: string } }[];
  };
  for (const fn of metadata.functions) {
    const spills = Array.isArray(loadCases(fn.id).result);
    expect([fn.id, fn.result.dimensionality]).toEqual([fn.id, spills ? "matrix" : undefined]);
  }
});

/** A row result as Excel gets it: a 1×N array. */
function spilledRow(result: unknown): unknown[] {
  expect(Array.isArray(result) && result.length === 1 && Array.isArray(result[0])).toBe(true);
  return (result as unknown[][])[0];
}

/** One number as Excel shows it: a formatted rate where expected, else a plain number. */
function expectExcelNumber(actual: unknown, expected: number, formattedRate: boolean): void {
  if (formattedRate) {
    expect(actual).toEqual({
      type: "Double",
      basicValue: expect.any(Number),
      numberFormat: "0.0%",
    });
    expectClose((actual as { basicValue: number }).basicValue, expected);
  } else {
    expectClose(actual, expected);
  }
}
