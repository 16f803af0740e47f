import { grr } from "../../../src/core/kpi/grr";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("GRR", grr, [
  ["0.2 + 0.1 does not exceed 0.3", [0.3, 0.2, 0.1], 0],
  [
    "a loss beyond the rounding tolerance",
    [1, 0.25, 0.75000001],
    "#NUM! part-exceeds-whole: contraction + churned_mrr (1.00000001) cannot be greater than start_mrr (1).",
  ],
  [
    "the relation is checked before the zero start",
    [0, 5, 0],
    "#NUM! part-exceeds-whole: contraction + churned_mrr (5) cannot be greater than start_mrr (0).",
  ],
  ["a formatted start MRR and a 1×1 range", [formatted(1000, "$#,##0"), [[100]], 0], 0.9],
  [
    "an error in the last argument comes first",
    ["x", 0, runtimeLikeError("#N/A")],
    "#N/A input-error: ",
  ],
  [
    "churned_mrr is required",
    [1000, 0, null],
    "#VALUE! arg-missing: churned_mrr is empty. Enter a number.",
  ],
]);

test("GRR of 0.3, 0.1, 0.2 is exactly 0, not the −9e-17 of the plain formula", () => {
  expect(grr(0.3, 0.1, 0.2)).toBe(0);
});
