import fc from "fast-check";
import { KpiError } from "../../../src/core/errors/kpi-error";
import { nps } from "../../../src/core/kpi/nps";
import { npsBreakdown } from "../../../src/core/kpi/nps-breakdown";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

const table = loadCases("NPSBREAKDOWN");
runCoreCases(table, npsBreakdown);

describe("npsBreakdown beyond the spec table", () => {
  test("the count of answers is exact (functions.md §10)", () => {
    for (const row of table.rows.filter((r) => Array.isArray(r.expect))) {
      const result = npsBreakdown(row.args[0]) as readonly number[];
      expect(result[3]).toBe((row.expect as readonly number[])[3]);
    }
  });

  test("a single answer is a 1×1 range", () => {
    expect(npsBreakdown(9)).toEqual([1, 0, 0, 1]);
    expect(npsBreakdown([[7]])).toEqual([0, 1, 0, 1]);
  });

  test("a formatted number counts as its value; TRUE, text and blanks do not", () => {
    const nine = { type: "Double", basicValue: 9, numberFormat: "0" };
    expect(npsBreakdown([[nine, true, "10", null, "", 3]])).toEqual([0.5, 0, 0.5, 2]);
  });

  test("a 2-D range is read row-major: the first bad answer is item 3", () => {
    const error = npsBreakdown([
      [9, 7],
      [11, 4.5],
    ]) as KpiError;
    expect(error.message).toBe("scores: item 3 is 11, outside 0..10.");
  });

  test("an error value anywhere beats an earlier off-scale answer", () => {
    const error = npsBreakdown([[11], [{ code: "#N/A", message: "m" }]]) as KpiError;
    expect([error.excel, error.id, error.message]).toEqual(["#N/A", "input-error", "m"]);
  });
});

/** Any cell an NPS range may hold: answers (some off-scale), blanks, text, booleans. */
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "9", "n/a", true, false) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 11, 7.5) }
);

describe("npsBreakdown and nps agree (they share one reading)", () => {
  test("NPS = 100 × (promoters − detractors), shares add up to 1, N = COUNT; same errors", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const column = cells.map((c) => [c]);
        const row = npsBreakdown(column);
        const score = nps(column);
        if (row instanceof KpiError) {
          expect(score).toEqual(row);
          return;
        }
        const [promoters, passives, detractors, n] = row;
        expect(n).toBe(cells.filter((c) => typeof c === "number").length);
        expect(Math.abs(promoters + passives + detractors - 1)).toBeLessThanOrEqual(1e-12);
        const tolerance = 1e-12 * Math.max(1, Math.abs(score as number));
        expect(Math.abs((score as number) - 100 * (promoters - detractors))).toBeLessThanOrEqual(
          tolerance
        );
      })
    );
  });
});
