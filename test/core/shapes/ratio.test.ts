import { amount, count, fraction } from "../../../src/core/args/domains";
import { quotientKpi, ratio, shareKpi } from "../../../src/core/shapes/ratio";
import { outcome } from "../../support/outcomes";

describe("ratio", () => {
  test("the denominator may come first in parameter order", () => {
    const result = ratio(
      [
        { param: "whole", value: 0, role: "denominator", domain: count },
        { param: "part", value: "x", role: "numerator", domain: count },
      ],
      { partOfWhole: true }
    );
    expect(outcome(result)).toBe(
      "#VALUE! arg-not-number: part must be a number, not text or TRUE/FALSE."
    );
  });

  test("several numerator arguments multiply, an omitted one taking its default", () => {
    const args = (third: unknown) =>
      [
        { param: "a", value: 6, role: "numerator", domain: amount },
        { param: "b", value: 0.5, role: "denominator", domain: fraction },
        { param: "c", value: third, role: "numerator", domain: fraction, fallback: 1 },
      ] as const;
    expect(ratio(args(0.25), { partOfWhole: false })).toBe(3); // 6 × 0.25 / 0.5
    expect(ratio(args(null), { partOfWhole: false })).toBe(12);
  });

  test("a part of a whole is a single argument", () => {
    const part = { param: "a", value: 1, role: "numerator", domain: amount } as const;
    const whole = { param: "b", value: 2, role: "denominator", domain: amount } as const;
    expect(() => ratio([part, whole, { ...part, param: "c" }], { partOfWhole: true })).toThrow(
      "ratio: a part of a whole is a single argument."
    );
  });
});

describe("quotientKpi and shareKpi: two arguments, numerator first", () => {
  const perUnit = quotientKpi(["total", amount], ["units", count]);
  const share = shareKpi(["part", amount], ["whole", amount]);

  test.each<[string, () => unknown, number | string]>([
    ["a quotient is not bounded by 1", () => perUnit(3, 2), 1.5],
    [
      "each argument keeps its own domain",
      () => perUnit(3, 2.5),
      "#NUM! not-integer: units must be a whole number.",
    ],
    ["a share is part / whole", () => share(1, 4), 0.25],
    [
      "a share's part may not exceed its whole",
      () => share(5, 4),
      "#NUM! part-exceeds-whole: part (5) cannot be greater than whole (4).",
    ],
    ["a share within rounding of its whole is 1", () => share(0.1 + 0.2, 0.3), 1],
    ["a zero denominator", () => share(0, 0), "#DIV/0! zero-denominator: whole is zero."],
  ])("%s", (_title, compute, expected) => {
    expect(outcome(compute() as never)).toBe(expected);
  });
});
