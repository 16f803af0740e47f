import fc from "fast-check";
import { KpiError } from "../../../src/core/errors/kpi-error";
import { nps } from "../../../src/core/kpi/nps";
import { npsTest } from "../../../src/core/kpi/nps-test";
import { loadCases, runtimeLikeError } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("NPSTEST"), npsTest);

const errorOf = (result: unknown): string => {
  const error = result as KpiError;
  return `${error.excel} ${error.id}: ${error.message}`;
};

describe("npsTest beyond the spec table", () => {
  test.each([
    [
      "an error in scores_after beats an off-scale scores_before",
      [[[12]], [[runtimeLikeError("#N/A")]]],
      "#N/A input-error: ",
    ],
    [
      "an off-scale scores_after beats an empty scores_before (#NUM! before #DIV/0!)",
      [[[null]], [[9], [-1]]],
      "#NUM! score-out-of-scale: scores_after: item 2 is -1, outside 0..10.",
    ],
    [
      "an empty scores_after is named",
      [[[9]], [["n/a"]]],
      "#DIV/0! no-values: scores_after contains no valid values.",
    ],
    [
      "both empty: scores_before is named",
      [[[null]], [[""]]],
      "#DIV/0! no-values: scores_before contains no valid values.",
    ],
    [
      "a fraction is not an answer",
      [[[9]], [[9.5]]],
      "#NUM! not-integer: scores_after must be a whole number.",
    ],
  ])("%s", (_title, args, expected) => {
    expect(errorOf(npsTest(...(args as [unknown, unknown])))).toBe(expected);
  });

  test("a very significant change keeps a tiny p instead of 0", () => {
    const before = Array.from({ length: 5000 }, () => [0]);
    const after = Array.from({ length: 5000 }, () => [10]);
    const [change, p] = npsTest(before, after) as readonly number[];
    expect(change).toBe(200);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-100);
  });
});

const column = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 10 }) },
      { weight: 1, arbitrary: fc.constant(null) }
    ),
    {
      minLength: 1,
      maxLength: 40,
    }
  )
  .map((cells) => cells.map((c) => [c]));

test("npsTest: change = NPS_after − NPS_before, p in 0..1, swapping the samples flips the change only", () => {
  fc.assert(
    fc.property(column, column, (before, after) => {
      const row = npsTest(before, after);
      if (row instanceof KpiError) {
        expect(row.id).toBe("no-values");
        return;
      }
      const [change, p] = row;
      expect(change).toBe((nps(after) as number) - (nps(before) as number));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      const [back, pBack] = npsTest(after, before) as readonly number[];
      expect(back + change).toBe(0);
      expect(Math.abs(pBack - p)).toBeLessThanOrEqual(1e-12);
    })
  );
});
