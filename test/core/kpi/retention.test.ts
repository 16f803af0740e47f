import { retention } from "../../../src/core/kpi/retention";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(
  loadCases("RETENTION"),
  retention as (...args: unknown[]) => ReturnType<typeof retention>
);

describe("retention: inputs and order of checks", () => {
  test.each<[string, unknown[], number | string]>([
    ["1×1 ranges are unwrapped", [[[200]], [[180]], [[0]]], 0.9],
    // Parts above their whole by less than the rounding the checks forgive count as equal.
    [
      "new just above end (largest doubles) keeps nobody",
      [1, 1.797693134860518e308, 1.7976931348623157e308],
      0,
    ],
    ["kept just above start keeps everyone", [1e13, 1e13 + 5, 0], 1],
    [
      "formatted numbers are numbers",
      [{ type: "Double", basicValue: 200, numberFormat: "#,##0" }, 180, 0],
      0.9,
    ],
    [
      "TRUE is not a number",
      [200, 180, true],
      "#VALUE! arg-not-number: new_customers must be a number, not text or TRUE/FALSE.",
    ],
    [
      "a kind problem beats an earlier argument's domain problem",
      [-1, "x", 0],
      "#VALUE! arg-not-number: customers_at_end must be a number, not text or TRUE/FALSE.",
    ],
    [
      "a negative fraction is negative before it is fractional",
      [100, 90, -0.5],
      "#NUM! not-non-negative: new_customers must not be negative.",
    ],
    [
      "an error value beats every other check",
      ["x", { code: "#N/A", message: "m" }, -1],
      "#N/A input-error: m",
    ],
    [
      "new > end is reported before end − new > start",
      [1, 5, 6],
      "#NUM! part-exceeds-whole: new_customers (6) cannot be greater than customers_at_end (5).",
    ],
    [
      "the relations come before the zero denominator",
      [0, 5, 0],
      "#NUM! part-exceeds-whole: customers_at_end − new_customers (5) cannot be greater than customers_at_start (0).",
    ],
    ["everyone kept, no one new", [40, 40, 0], 1],
  ])("%s", (_title, args, expected) => {
    expect(outcome(retention(args[0], args[1], args[2]))).toBe(expected);
  });
});
