/** "First row is a header" (spec §2). */
import { detectIdHeader, detectValueHeader } from "../../src/health-score/planner/header-detection";

describe("metric, previous-score and revenue ranges", () => {
  it.each<[unknown[], boolean, string]>([
    [["Usage", 1, 2, "n/a"], true, "text over mostly numbers"],
    [["Usage", 1, "n/a", "x"], false, "fewer than half numbers below"],
    [["Usage", 1, "x"], true, "exactly half numbers below"],
    [["Usage"], false, "a single row"],
    [["12", 1, 2], true, '"12" is text'],
    [[12, 1, 2], false, "a number first"],
    [[true, 1, 2], false, "a boolean first"],
    [["  ", 1, 2], false, "blank text first"],
    [["Usage", null, 1, null], true, "blanks below do not count"],
  ])("%j → %s (%s)", (values, expected) =>
    expect(detectValueHeader(values as never)).toBe(expected)
  );
});

describe("id range", () => {
  it("is a header when the first metric has one on the same row", () =>
    expect(detectIdHeader(["id", "A-1", "A-2"], true)).toBe(true));
  it("is a header over numeric ids", () =>
    expect(detectIdHeader(["id", 1, 2, null], false)).toBe(true));
  it("is data when text ids follow without an aligned metric header", () =>
    expect(detectIdHeader(["A-0", "A-1"], false)).toBe(false));
  it("is data when the first cell is a number", () =>
    expect(detectIdHeader([1, 2], true)).toBe(false));
});
