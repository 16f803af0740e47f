import { mrr } from "../../../src/core/kpi/mrr";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("MRR", mrr, [
  ["a 1×1 range and a currency-formatted number", [[[3]], formatted(49.99, "$#,##0.00")], 149.97],
  [
    "text in arpu comes before a negative active_customers",
    [-1, "50"],
    "#VALUE! arg-not-number: arpu must be a number, not text or TRUE/FALSE.",
  ],
  [
    "an error in arpu comes before text in active_customers",
    ["ten", runtimeLikeError("#REF!")],
    "#REF! input-error: ",
  ],
  [
    "FALSE is not a number",
    [false, 100],
    "#VALUE! arg-not-number: active_customers must be a number, not text or TRUE/FALSE.",
  ],
  [
    "a row of two cells",
    [[[10, 20]], 100],
    "#VALUE! arg-not-single: active_customers must be a single value, not a range of 1×2.",
  ],
]);
