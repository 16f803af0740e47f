import { renewal } from "../../../src/core/kpi/renewal";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("RENEWAL"), renewal as (...args: unknown[]) => ReturnType<typeof renewal>);

describe("renewal: inputs and order of checks", () => {
  test.each<[string, unknown[], number | string]>([
    ["1×1 ranges are unwrapped", [[[45]], [[50]]], 0.9],
    [
      "formatted numbers are numbers",
      [45, { type: "Double", basicValue: 50, numberFormat: "0" }],
      0.9,
    ],
    [
      "up_for_renewal is required",
      [45, null],
      "#VALUE! arg-missing: up_for_renewal is empty. Enter a number.",
    ],
    [
      "a 2-cell range is not a single value",
      [[[45, 5]], 50],
      "#VALUE! arg-not-single: renewed must be a single value, not a range of 1×2.",
    ],
    [
      "a kind problem beats an earlier argument's domain problem",
      [-1, false],
      "#VALUE! arg-not-number: up_for_renewal must be a number, not text or TRUE/FALSE.",
    ],
    [
      "the relation comes before the zero denominator",
      [3, 0],
      "#NUM! part-exceeds-whole: renewed (3) cannot be greater than up_for_renewal (0).",
    ],
    ["an error value beats every other check", ["x", { code: "#REF!" }], "#REF! input-error: "],
  ])("%s", (_title, args, expected) => {
    expect(outcome(renewal(args[0], args[1]))).toBe(expected);
  });
});
