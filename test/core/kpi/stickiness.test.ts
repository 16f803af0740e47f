import { stickiness } from "../../../src/core/kpi/stickiness";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("STICKINESS", stickiness, [
  ["a dau of 0.1 + 0.2 does not exceed a mau of 0.3", [0.1 + 0.2, 0.3], 1],
  [
    "more than rounding above mau",
    [0.30000001, 0.3],
    "#NUM! part-exceeds-whole: dau (0.30000001) cannot be greater than mau (0.3).",
  ],
  ["a fractional dau and a formatted mau", [[[1250.5]], formatted(5000, "#,##0")], 0.2501],
  [
    "the relation comes before the zero mau",
    [1, 0],
    "#NUM! part-exceeds-whole: dau (1) cannot be greater than mau (0).",
  ],
  ["mau is required", [10, null], "#VALUE! arg-missing: mau is empty. Enter a number."],
  ["an error is returned", [10, runtimeLikeError("#N/A")], "#N/A input-error: "],
]);

test("stickiness is never above 1, even where rounding puts dau a hair above mau", () => {
  expect((0.1 + 0.2) / 0.3).toBeGreaterThan(1);
  expect(stickiness(0.1 + 0.2, 0.3)).toBe(1);
});
