import { Checks } from "../../../src/core/args/checks";
import { amount } from "../../../src/core/args/domains";
import { checkNoInputError, forEachNumber, readNumbers } from "../../../src/core/args/items";
import { asRange } from "../../../src/core/values/range";

const failureOf = (checks: Checks) =>
  checks.failure && `${checks.failure.excel} ${checks.failure.id}: ${checks.failure.message}`;

describe("forEachNumber (functions.md §1 'Values inside a range')", () => {
  test("visits the numbers row-major with their place; skips blanks, text, booleans", () => {
    const seen: [number, number, number][] = [];
    const checks = new Checks(["r"]);
    const range = [
      [1, "x", { type: "Double", basicValue: 2, numberFormat: "0" }],
      [null, true, 3],
      ["", { type: "String", basicValue: "9" }, { type: "Boolean", basicValue: true }],
    ];
    forEachNumber(checks, "r", range, (value, i, j) => seen.push([value, i, j]));
    expect(seen).toEqual([
      [1, 0, 0],
      [2, 0, 2],
      [3, 1, 2],
    ]);
    expect(checks.failure).toBeUndefined();
  });

  test("the first error value is reported and ends the scan", () => {
    const seen: number[] = [];
    const checks = new Checks(["r"]);
    forEachNumber(checks, "r", [[1, { code: "#N/A" }, 2, { code: "#REF!" }]], (v) => seen.push(v));
    expect(seen).toEqual([1]);
    expect(failureOf(checks)).toBe("#N/A input-error: ");
  });
});

describe("readNumbers", () => {
  test("returns the numbers row-major", () => {
    const checks = new Checks(["r"]);
    expect(
      readNumbers(
        checks,
        "r",
        [
          [3, null],
          ["x", 0.5],
        ],
        amount
      )
    ).toEqual([3, 0.5]);
    expect(readNumbers(checks, "r", 7, amount)).toEqual([7]); // a scalar is a 1×1 range
    expect(checks.failure).toBeUndefined();
  });

  test("the first number outside the domain (row-major) is the item-domain problem", () => {
    const checks = new Checks(["r"]);
    readNumbers(
      checks,
      "r",
      [
        [1, -1],
        [-2, 3],
      ],
      (value, param) => amount(value, `${param} (first: ${value})`)
    );
    expect(failureOf(checks)).toBe("#NUM! not-non-negative: r (first: -1) must not be negative.");
  });

  test("an error value later in the range beats an earlier number outside the domain", () => {
    const checks = new Checks(["r"]);
    readNumbers(checks, "r", [[-1], [{ code: "#DIV/0!" }]], amount);
    expect(failureOf(checks)).toBe("#DIV/0! input-error: ");
  });
});

describe("checkNoInputError", () => {
  test("reports the first error value row-major, in any item", () => {
    const checks = new Checks(["r"]);
    checkNoInputError(checks, "r", asRange([[1, null, true]]));
    expect(checks.failure).toBeUndefined();
    checkNoInputError(
      checks,
      "r",
      asRange([
        [1, "x"],
        [{ code: "#NUM!" }, { code: "#N/A" }],
      ])
    );
    expect(failureOf(checks)).toBe("#NUM! input-error: ");
  });
});
