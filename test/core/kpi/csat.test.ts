import { csat } from "../../../src/core/kpi/csat";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("CSAT"), csat);

describe("csat beyond the spec table (the shared shape is tested in shapes/scale-survey)", () => {
  test("default scale 1–5, satisfied from 4", () => {
    expect(csat([[4], [3], [5], [1]], null, null)).toBe(0.5);
  });

  test("its threshold is named satisfied_min", () => {
    expect(outcome(csat([[5]], 5, 0))).toBe(
      "#NUM! bad-threshold: satisfied_min must be a whole number from 1 to scale_max."
    );
    expect(outcome(csat([[5]], 5, "4"))).toBe(
      "#VALUE! arg-not-number: satisfied_min must be a number, not text or TRUE/FALSE."
    );
  });

  test("a rate returned by another CS function is not an answer it rejects: 1 is in 1..5", () => {
    expect(csat([[{ type: "Double", basicValue: 1, numberFormat: "0.0%" }], [5]], null, null)).toBe(
      0.5
    );
  });
});
