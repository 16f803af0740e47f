import fc from "fast-check";
import { KpiError } from "../../../src/core/errors/kpi-error";
import { csat } from "../../../src/core/kpi/csat";
import { csatCi } from "../../../src/core/kpi/csat-ci";
import { loadCases, runtimeLikeError } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("CSATCI"), csatCi);

const errorOf = (result: unknown): string => {
  const error = result as KpiError;
  return `${error.excel} ${error.id}: ${error.message}`;
};
const BAD_CONFIDENCE =
  "#NUM! bad-confidence: confidence must be greater than 0 and less than 1 (for example 95% or 0.95).";

describe("csatCi beyond the spec table", () => {
  test.each([
    [
      "a bad scale_max comes before a bad confidence",
      [[[5]], 1, null, 2],
      "#NUM! bad-scale: scale_max must be a whole number of at least 2.",
    ],
    [
      "a bad satisfied_min comes before a bad confidence",
      [[[5]], null, 6, 0],
      "#NUM! bad-threshold: satisfied_min must be a whole number from 1 to scale_max.",
    ],
    ["a bad confidence comes before an off-scale score", [[[6]], null, null, 0], BAD_CONFIDENCE],
    ["a bad confidence comes before no valid values", [[[null]], null, null, -1], BAD_CONFIDENCE],
    [
      "an error in confidence comes before every other check",
      [[[6]], 1, 9, runtimeLikeError("#N/A")],
      "#N/A input-error: ",
    ],
    [
      "text confidence",
      [[[5]], null, null, "0.9"],
      "#VALUE! arg-not-number: confidence must be a number, not text or TRUE/FALSE.",
    ],
  ])("%s", (_title, args, expected) => {
    expect(errorOf(csatCi(...(args as [unknown, unknown, unknown, unknown])))).toBe(expected);
  });

  test("blank confidence is 95%", () => {
    const scores = [[5], [4], [2]];
    expect(csatCi(scores, null, null, "")).toEqual(csatCi(scores, 5, 4, 0.95));
  });
});

const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "5", false) }
);

test("csatCi agrees with csat, and its Wilson bounds lie in 0..1 around the share", () => {
  fc.assert(
    fc.property(
      fc.array(cell, { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 7 }),
      fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
      (cells, threshold, level) => {
        const column = cells.map((c) => [c]);
        const row = csatCi(column, 7, threshold, level);
        if (row instanceof KpiError) {
          expect(row).toEqual(csat(column, 7, threshold));
          return;
        }
        const [share, lower, upper, n] = row;
        expect(share).toBe(csat(column, 7, threshold));
        expect(n).toBe(cells.filter((c) => typeof c === "number").length);
        expect(0).toBeLessThanOrEqual(lower);
        expect(lower).toBeLessThanOrEqual(share + 1e-12);
        expect(share - 1e-12).toBeLessThanOrEqual(upper);
        expect(upper).toBeLessThanOrEqual(1);
      }
    )
  );
});
