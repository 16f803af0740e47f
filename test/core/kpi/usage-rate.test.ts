import { usageRate } from "../../../src/core/kpi/usage-rate";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("USAGERATE"), usageRate);

const NEGATIVE = "#NUM! not-non-negative: usage_values must not be negative.";

describe("usageRate beyond the spec table", () => {
  test("compares with >= on the exact numbers, as SUMPRODUCT(ISNUMBER(r)*(r>=t)) does", () => {
    expect(usageRate([[0.1 + 0.2]], 0.3)).toBe(1); // 0.30000000000000004 ≥ 0.3
    expect(usageRate([[0.3]], 0.1 + 0.2)).toBe(0); // 0.3 < 0.30000000000000004
    expect(usageRate([[5], [4.999999]], 5)).toBe(0.5);
  });

  test("a 2-D range, a single value, formatted numbers", () => {
    expect(
      usageRate(
        [
          [1, "x", 7],
          [null, 9, false],
        ],
        7
      )
    ).toBe(2 / 3);
    expect(usageRate(0, 0)).toBe(1);
    expect(usageRate([[{ type: "Double", basicValue: 0.8, numberFormat: "0%" }]], [[0.5]])).toBe(1);
  });

  test("threshold is a scalar: a range of two is arg-not-single, TRUE is not a number", () => {
    expect(outcome(usageRate([[1]], [[1, 2]]))).toBe(
      "#VALUE! arg-not-single: threshold must be a single value, not a range of 1×2."
    );
    expect(outcome(usageRate([[1]], true))).toBe(
      "#VALUE! arg-not-number: threshold must be a number, not text or TRUE/FALSE."
    );
  });

  test("a NaN threshold (never sent by Excel) fails its domain", () => {
    expect(outcome(usageRate([[1]], NaN))).toMatch(/^#NUM! /);
  });

  describe("order of checks (functions.md §1)", () => {
    test("an error value in either argument beats everything, the range's first", () => {
      expect(outcome(usageRate([[-1], [{ code: "#REF!" }]], { code: "#N/A" }))).toBe(
        "#REF! input-error: "
      );
      expect(outcome(usageRate([[-1]], { code: "#N/A", message: "m" }))).toBe(
        "#N/A input-error: m"
      );
    });
    test("a missing or text threshold beats a negative usage value", () => {
      expect(outcome(usageRate([[-1]], null))).toBe(
        "#VALUE! arg-missing: threshold is empty. Enter a number."
      );
      expect(outcome(usageRate([[-1]], "x"))).toBe(
        "#VALUE! arg-not-number: threshold must be a number, not text or TRUE/FALSE."
      );
    });
    test("a negative usage value is #NUM! before there being no other value is #DIV/0!", () => {
      expect(outcome(usageRate([[-1], ["x"]], 1))).toBe(NEGATIVE);
      expect(
        outcome(
          usageRate(
            [
              [1, -2],
              [-3, "x"],
            ],
            1
          )
        )
      ).toBe(NEGATIVE);
    });
  });
});
