import fc from "fast-check";
import { KpiError } from "../../../src/core/errors/kpi-error";
import { nps } from "../../../src/core/kpi/nps";
import { npsCi } from "../../../src/core/kpi/nps-ci";
import { runtimeLikeError } from "../../support/cases";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("NPSCI"), npsCi);

const SAMPLE = [[10], [9], [9], [8], [7], [6], [5], [0], [3]];
const errorOf = (result: unknown): string => {
  const error = result as KpiError;
  return `${error.excel} ${error.id}: ${error.message}`;
};

describe("npsCi beyond the spec table", () => {
  test("blank confidence (null, empty text, a blank 1×1 range) is 95%", () => {
    const expected = npsCi(SAMPLE, 0.95);
    for (const blank of [null, undefined, "", [[null]]])
      expect(npsCi(SAMPLE, blank)).toEqual(expected);
  });

  test("a confidence close to 1 widens the interval without overflow", () => {
    const [, lower, upper] = npsCi(SAMPLE, 0.9999999999999999) as readonly number[];
    expect(lower).toBe(-100);
    expect(upper).toBe(100);
  });

  test("the interval widens with the confidence and always holds the adjusted NPS", () => {
    let previous = 0;
    for (const level of [0.5, 0.8, 0.9, 0.95, 0.99, 0.9999]) {
      const [, lower, upper] = npsCi(SAMPLE, level) as readonly number[];
      expect(upper - lower).toBeGreaterThan(previous);
      previous = upper - lower;
    }
  });

  test.each([
    [
      "an error in scores beats a bad confidence",
      [[[9], [runtimeLikeError("#N/A")]], 2],
      "#N/A input-error: ",
    ],
    [
      "an error in confidence beats an off-scale score",
      [[[11]], runtimeLikeError("#REF!")],
      "#REF! input-error: ",
    ],
    [
      "an error in scores beats an error in confidence",
      [[[runtimeLikeError("#NULL!")]], runtimeLikeError("#REF!")],
      "#NULL! input-error: ",
    ],
    [
      "confidence's kind (#VALUE!) beats the scores' domain (#NUM!)",
      [[[11]], true],
      "#VALUE! arg-not-number: confidence must be a number, not text or TRUE/FALSE.",
    ],
    [
      "a scalar domain (confidence) comes before the range items' domain",
      [[[11]], -0.5],
      "#NUM! bad-confidence: confidence must be greater than 0 and less than 1 (for example 95% or 0.95).",
    ],
    [
      "a bad confidence comes before no valid values",
      [[["x"]], 95],
      "#NUM! bad-confidence: confidence must be greater than 0 and less than 1 (for example 95% or 0.95).",
    ],
    [
      "a 2×1 confidence is not a single value",
      [SAMPLE, [[0.9], [0.95]]],
      "#VALUE! arg-not-single: confidence must be a single value, not a range of 2×1.",
    ],
  ])("%s", (_title, args, expected) => {
    expect(errorOf(npsCi(...(args as [unknown, unknown])))).toBe(expected);
  });
});

const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "9", true) }
);

test("npsCi agrees with nps and counts, and its bounds lie in −100..100 around the adjusted NPS", () => {
  fc.assert(
    fc.property(
      fc.array(cell, { minLength: 1, maxLength: 60 }),
      fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
      (cells, level) => {
        const column = cells.map((c) => [c]);
        const row = npsCi(column, level);
        if (row instanceof KpiError) {
          expect(row).toEqual(nps(column));
          return;
        }
        const [score, lower, upper, n] = row;
        expect(score).toBe(nps(column));
        expect(n).toBe(cells.filter((c) => typeof c === "number").length);
        const promoters = cells.filter((c) => typeof c === "number" && c >= 9).length;
        const detractors = cells.filter((c) => typeof c === "number" && c <= 6).length;
        const adjusted = (100 * (promoters - detractors)) / (n + 3);
        expect(-100).toBeLessThanOrEqual(lower);
        expect(lower).toBeLessThanOrEqual(adjusted + 1e-9);
        expect(adjusted - 1e-9).toBeLessThanOrEqual(upper);
        expect(upper).toBeLessThanOrEqual(100);
      }
    )
  );
});
