/**
 * A KPI's core tests: its spec table (test/cases) and edge cases beyond it, written as rows of
 * the arguments as Excel would pass them and the expected number (functions.md §10 tolerance)
 * or error, written `#NUM! id: message`.
 */
import { KpiResult } from "../../src/core";
import { expectClose, loadCases } from "./cases";
import { runCoreCases } from "./core-cases";

export type OutcomeRow = readonly [
  title: string,
  args: readonly unknown[],
  expected: number | string,
];

/** A KPI result as a number, or its error as `#EXCEL! id: message`. */
export function outcome(result: KpiResult): number | string {
  return typeof result === "number" ? result : `${result.excel} ${result.id}: ${result.message}`;
}

/** Runs function `id`'s spec table through `kpi`, then the edge cases. */
export function testKpi(
  id: string,
  kpi: (...args: never[]) => KpiResult,
  edgeCases: readonly OutcomeRow[]
): void {
  const call = kpi as (...args: unknown[]) => KpiResult;
  runCoreCases(loadCases(id), call);
  describe(`${id}: beyond the spec table`, () => {
    test.each(edgeCases)("%s", (_title, args, expected) => {
      const actual = outcome(call(...args));
      if (typeof expected === "number") expectClose(actual, expected);
      else expect(actual).toBe(expected);
    });
  });
}

/** A number as Excel passes a formatted one, e.g. the percentage a CS rate function returned. */
export function formatted(basicValue: number, numberFormat: string): unknown {
  return { type: "Double", basicValue, numberFormat };
}
