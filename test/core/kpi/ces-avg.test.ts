import { cesAvg } from "../../../src/core/kpi/ces-avg";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("CESAVG"), cesAvg);

describe("cesAvg beyond the spec table (the shared shape is tested in shapes/scale-survey)", () => {
  test("default scale 1–7: 8 is off it; scale 10 allows it", () => {
    expect(outcome(cesAvg([[8]], null))).toBe(
      "#NUM! score-out-of-scale: scores: item 1 is 8, outside 1..7."
    );
    expect(cesAvg([[10], [9]], 10)).toBe(9.5);
  });

  test("a single answer, a 1×1 scale_max, a row range", () => {
    expect(cesAvg(6, [[7]])).toBe(6);
    expect(cesAvg([[1, 2, 4]], null)).toBe(7 / 3);
  });

  test("answers whose sum overflows are #NUM! result-too-large, as AVERAGE gives #NUM!", () => {
    expect(outcome(cesAvg([[1e308], [1e308]], 1e308))).toBe(
      "#NUM! result-too-large: The result is too large for Excel (beyond ±1.8E308)."
    );
  });

  test("an error value in scores beats a bad scale", () => {
    expect(outcome(cesAvg([[7], [{ code: "#NULL!" }]], 1))).toBe("#NULL! input-error: ");
  });
});
