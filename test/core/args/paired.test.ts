import { Checks } from "../../../src/core/args/checks";
import { checkSameSize, checkVector } from "../../../src/core/args/paired";
import { asRange } from "../../../src/core/values/range";

const named = (param: string, raw: unknown) => ({ param, range: asRange(raw) });
const failureOf = (checks: Checks) =>
  checks.failure && `${checks.failure.excel} ${checks.failure.id}: ${checks.failure.message}`;

describe("paired ranges (functions.md §1)", () => {
  test("same rows and columns pass; the paired range's size is named first", () => {
    const checks = new Checks(["a", "b"]);
    checkSameSize(checks, named("b", [[1], [2]]), named("a", [[3], [4]]));
    expect(checks.failure).toBeUndefined();
    checkSameSize(checks, named("b", [[1, 2]]), named("a", [[3], [4]]));
    expect(failureOf(checks)).toBe(
      "#VALUE! range-size-mismatch: b is 1×2 but a is 2×1. They must be the same size."
    );
  });

  test("a vector is one row or one column, a single cell included", () => {
    const checks = new Checks(["v"]);
    for (const raw of [[[1, 2, 3]], [[1], [2]], 5]) checkVector(checks, named("v", raw));
    expect(checks.failure).toBeUndefined();
    checkVector(
      checks,
      named("v", [
        [1, 2],
        [3, 4],
        [5, 6],
      ])
    );
    expect(failureOf(checks)).toBe(
      "#VALUE! range-not-vector: v must be a single row or a single column; it is 3×2."
    );
  });
});
