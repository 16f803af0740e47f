import { ces } from "../../../src/core/kpi/ces";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("CES"), ces);

describe("ces beyond the spec table (the shared shape is tested in shapes/scale-survey)", () => {
  test("default scale 1–7, positive from 5; on 1–10 positive from 6", () => {
    expect(ces([[5], [4]], null, null)).toBe(0.5);
    expect(ces([[6], [5]], 10, null)).toBe(0.5);
  });

  test("its threshold is named positive_min", () => {
    expect(outcome(ces([[7]], 7, 0))).toBe(
      "#NUM! bad-threshold: positive_min must be a whole number from 1 to scale_max."
    );
    expect(outcome(ces([[7]], null, true))).toBe(
      "#VALUE! arg-not-number: positive_min must be a number, not text or TRUE/FALSE."
    );
  });

  test("an answer of 7 is off a 1–5 scale", () => {
    expect(outcome(ces([[5], [7]], 5, null))).toBe(
      "#NUM! score-out-of-scale: scores: item 2 is 7, outside 1..5."
    );
  });
});
