import { Checks } from "../../../src/core/args/checks";
import { amount, fraction } from "../../../src/core/args/domains";
import { grossMarginArgument } from "../../../src/core/args/gross-margin";
import { readScalar, readScalars } from "../../../src/core/args/scalar";
import { KpiError } from "../../../src/core/errors/kpi-error";

function read(raw: unknown, fallback?: number) {
  const checks = new Checks(["x"]);
  const value = readScalar(checks, "x", raw, fraction, fallback);
  return checks.failure
    ? `${checks.failure.excel} ${checks.failure.id}: ${checks.failure.message}`
    : value;
}

describe("readScalar (functions.md §1 'Scalar arguments')", () => {
  test.each<[string, unknown, number | undefined, number | string]>([
    ["a number", 0.5, undefined, 0.5],
    ["a 1×1 range is unwrapped", [[0.5]], undefined, 0.5],
    [
      "a formatted number",
      { type: "Double", basicValue: 0.25, numberFormat: "0.0%" },
      undefined,
      0.25,
    ],
    ["blank without default", null, undefined, "#VALUE! arg-missing: x is empty. Enter a number."],
    [
      "empty string without default",
      "",
      undefined,
      "#VALUE! arg-missing: x is empty. Enter a number.",
    ],
    ["blank with default", null, 1, 1],
    ["blank 1×1 range with default", [[null]], 1, 1],
    [
      "numeric text",
      "0.5",
      undefined,
      "#VALUE! arg-not-number: x must be a number, not text or TRUE/FALSE.",
    ],
    [
      "TRUE",
      true,
      undefined,
      "#VALUE! arg-not-number: x must be a number, not text or TRUE/FALSE.",
    ],
    [
      "a 1×3 range",
      [[1, 2, 3]],
      undefined,
      "#VALUE! arg-not-single: x must be a single value, not a range of 1×3.",
    ],
    [
      "a 2×2 range holding an error: the error first",
      [
        [1, 2],
        [{ code: "#N/A" }, 4],
      ],
      undefined,
      "#N/A input-error: ",
    ],
    ["an error", { code: "#NUM!" }, undefined, "#NUM! input-error: "],
    [
      "out of the domain",
      1.5,
      undefined,
      "#NUM! fraction-out-of-range: x must be between 0 and 1 (for example 6.4% or 0.064).",
    ],
  ])("%s", (_title, raw, fallback, expected) => {
    expect(read(raw, fallback)).toBe(expected);
  });

  test("the default is not checked against the domain of typed values", () => {
    const checks = new Checks(["x"]);
    expect(readScalar(checks, "x", null, amount, 1)).toBe(1);
    expect(checks.failure).toBeUndefined();
  });
});

describe("readScalars: every argument of an all-scalar function", () => {
  test("the values in parameter order, a default where the optional one is blank", () => {
    expect(
      readScalars([
        { param: "a", value: [[2]], domain: amount },
        { param: "b", value: "", domain: fraction, fallback: 1 },
      ])
    ).toEqual([2, 1]);
  });

  test("the problem the order of checks puts first, whatever the parameter order", () => {
    const failure = readScalars([
      { param: "a", value: -1, domain: amount },
      { param: "b", value: "x", domain: amount },
    ]) as KpiError;
    expect(failure.message).toBe("b must be a number, not text or TRUE/FALSE.");
  });
});

test("gross_margin is an optional fraction, 1 when omitted", () => {
  expect(readScalars([grossMarginArgument(null)])).toEqual([1]);
  expect((readScalars([grossMarginArgument(40)]) as KpiError).message).toBe(
    "gross_margin must be between 0 and 1 (for example 6.4% or 0.064)."
  );
});
