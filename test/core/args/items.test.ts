import { Checks } from "../../../src/core/args/checks";
import { amount, Domain } from "../../../src/core/args/domains";
import { checkNoInputError, forEachNumberIn } from "../../../src/core/args/items";
import { asRange } from "../../../src/core/values/range";

const failureOf = (checks: Checks) =>
  checks.failure && `${checks.failure.excel} ${checks.failure.id}: ${checks.failure.message}`;

describe("forEachNumberIn (functions.md §1 'Values inside a range')", () => {
  const numbersIn = (checks: Checks, raw: unknown, domain: Domain = amount) => {
    const seen: number[] = [];
    forEachNumberIn(checks, "r", raw, domain, { add: (value) => seen.push(value) });
    return seen;
  };

  test("hands on the numbers row-major; skips blanks, text, booleans", () => {
    const checks = new Checks(["r"]);
    const range = [
      [1, "x", { type: "Double", basicValue: 2, numberFormat: "0" }],
      [null, true, 3],
      ["", { type: "String", basicValue: "9" }, { type: "Boolean", basicValue: true }],
    ];
    expect(numbersIn(checks, range)).toEqual([1, 2, 3]);
    expect(checks.failure).toBeUndefined();
  });

  test("the first error value is reported and ends the scan", () => {
    const checks = new Checks(["r"]);
    expect(numbersIn(checks, [[1, { code: "#N/A" }, 2, { code: "#REF!" }]])).toEqual([1]);
    expect(failureOf(checks)).toBe("#N/A input-error: ");
  });

  test("hands on the numbers in the domain, row-major", () => {
    const checks = new Checks(["r"]);
    expect(
      numbersIn(checks, [
        [3, null],
        ["x", 0.5],
      ])
    ).toEqual([3, 0.5]);
    expect(numbersIn(checks, 7)).toEqual([7]); // a scalar is a 1×1 range
    expect(checks.failure).toBeUndefined();
  });

  test("the first number outside the domain (row-major) is the item-domain problem", () => {
    const checks = new Checks(["r"]);
    const seen = numbersIn(
      checks,
      [
        [1, -1],
        [-2, 3],
      ],
      (value, param) => amount(value, `${param} (first: ${value})`)
    );
    expect(seen).toEqual([1, 3]);
    expect(failureOf(checks)).toBe("#NUM! not-non-negative: r (first: -1) must not be negative.");
  });

  test("an error value later in the range beats an earlier number outside the domain", () => {
    const checks = new Checks(["r"]);
    numbersIn(checks, [[-1], [{ code: "#DIV/0!" }]]);
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
