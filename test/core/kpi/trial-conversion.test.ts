import { trialConversion } from "../../../src/core/kpi/trial-conversion";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("TRIALCONVERSION", trialConversion, [
  ["a 1×1 range and a formatted count", [[[30]], formatted(200, "#,##0")], 0.15],
  [
    "the first argument's kind error comes first",
    [true, "200"],
    "#VALUE! arg-not-number: converted must be a number, not text or TRUE/FALSE.",
  ],
  [
    "a fractional trial_users",
    [30, 200.5],
    "#NUM! not-integer: trial_users must be a whole number.",
  ],
  ["an error comes before a domain error", [-1, runtimeLikeError("#N/A")], "#N/A input-error: "],
]);
