import { expansionRate } from "../../../src/core/kpi/expansion-rate";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("EXPANSIONRATE", expansionRate, [
  ["a 1×1 range and a formatted start MRR", [[[15000]], formatted(100000, "$#,##0")], 0.15],
  [
    "text comes before a zero start MRR",
    ["x", 0],
    "#VALUE! arg-not-number: expansion_mrr must be a number, not text or TRUE/FALSE.",
  ],
  [
    "an error value comes before TRUE",
    [true, runtimeLikeError("#DIV/0!")],
    "#DIV/0! input-error: ",
  ],
]);
