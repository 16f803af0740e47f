import { defaultThreshold, meanScore, shareAtOrAbove } from "../../../src/core/shapes/scale-survey";
import { outcome } from "../../support/outcomes";

const share = (scores: unknown, scaleMax: unknown = null, threshold: unknown = null) =>
  outcome(
    shareAtOrAbove({ scores, scaleMax, defaultScaleMax: 5 }, { param: "t_min", value: threshold })
  );
const mean = (scores: unknown, scaleMax: unknown = null) =>
  outcome(meanScore({ scores, scaleMax, defaultScaleMax: 5 }));

const BAD_SCALE = "#NUM! bad-scale: scale_max must be a whole number of at least 2.";
const BAD_THRESHOLD = "#NUM! bad-threshold: t_min must be a whole number from 1 to scale_max.";

describe("defaultThreshold: the smallest answer above the scale's midpoint", () => {
  test.each([
    [2, 2],
    [4, 3],
    [5, 4],
    [7, 5],
    [10, 6],
  ])("on 1..%i it is %i", (scaleMax, threshold) => {
    expect(defaultThreshold(scaleMax)).toBe(threshold);
  });
});

describe("1..scale_max surveys: share at or above a threshold, and mean", () => {
  test("defaults: scale from the function, threshold from the scale", () => {
    expect(share([[4], [3]])).toBe(0.5); // 1–5: 4 counts
    expect(share([[1], [2], [2]], 2)).toBe(2 / 3); // 1–2: 2 counts
    expect(share([[1], [2], [3], [4]], 4)).toBe(0.5); // 1–4: 3 and 4 count
    expect(share([[3], [3]], null, 3)).toBe(1); // at the threshold counts
    expect(share([[5]], 5, 5)).toBe(1); // threshold = scale_max is allowed
  });

  test("scale_max and the threshold are scalars: 1×1 unwrapped, formatted numbers, blanks", () => {
    expect(share([[6], [5]], [[10]])).toBe(0.5);
    expect(share([[6], [5]], { type: "Double", basicValue: 10, numberFormat: "0" })).toBe(0.5);
    expect(share([[5], [4], [3]], "", "")).toBe(2 / 3); // blank: default scale 5, threshold 4
    expect(share([[5], [4]], [[5, 7]])).toBe(
      "#VALUE! arg-not-single: scale_max must be a single value, not a range of 1×2."
    );
    expect(share([[5]], true)).toBe(
      "#VALUE! arg-not-number: scale_max must be a number, not text or TRUE/FALSE."
    );
  });

  test.each<[string, unknown]>([
    ["1", 1],
    ["4.5", 4.5],
    ["-3", -3],
    ["0", 0],
    ["Infinity", Infinity],
  ])("scale_max %s is bad-scale", (_title, scaleMax) => {
    expect(share([[1]], scaleMax)).toBe(BAD_SCALE);
    expect(mean([[1]], scaleMax)).toBe(BAD_SCALE);
  });

  test.each<[string, unknown]>([
    ["0", 0],
    ["3.5", 3.5],
    ["above scale_max", 6],
    ["negative", -1],
  ])("threshold %s is bad-threshold", (_title, threshold) => {
    expect(share([[1]], 5, threshold)).toBe(BAD_THRESHOLD);
  });

  test("answers off the 1..scale_max scale, row-major; fractions inside it are not-integer", () => {
    expect(
      share([
        [5, 4],
        [6, 2],
      ])
    ).toBe("#NUM! score-out-of-scale: scores: item 3 is 6, outside 1..5.");
    expect(share([[10.5]], 10)).toBe(
      "#NUM! score-out-of-scale: scores: item 1 is 10.5, outside 1..10."
    );
    expect(mean([[2.5]])).toBe("#NUM! not-integer: scores must be a whole number.");
  });

  describe("order of checks (functions.md §1)", () => {
    const NA = { code: "#N/A", message: "m" };
    test("an error value in scores beats everything, even a later one", () => {
      expect(share([[5], [NA]], 1, "x")).toBe("#N/A input-error: m");
      expect(share([[5]], { code: "#REF!" }, NA)).toBe("#REF! input-error: ");
    });
    test("kinds before domains: a text threshold beats a bad scale", () => {
      expect(share([[5]], 1, "x")).toBe(
        "#VALUE! arg-not-number: t_min must be a number, not text or TRUE/FALSE."
      );
    });
    test("scale_max before the threshold, both before the answers", () => {
      expect(share([[11]], 1, 9)).toBe(BAD_SCALE);
      expect(share([[11]], 5, 9)).toBe(BAD_THRESHOLD);
      expect(mean([[11]], 0)).toBe(BAD_SCALE);
    });
    test("no valid answer comes last", () => {
      expect(share([["x"]])).toBe("#DIV/0! no-values: scores contains no valid values.");
      expect(share([["x"]], 5, 9)).toBe(BAD_THRESHOLD);
    });
  });

  test("the mean sums the valid answers row-major", () => {
    expect(
      mean([
        [1, "x", 2],
        [null, 5, true],
      ])
    ).toBe(8 / 3);
  });
});
