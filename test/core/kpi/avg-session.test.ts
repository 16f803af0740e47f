import { avgSession } from "../../../src/core/kpi/avg-session";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("AVGSESSION", avgSession, [
  [
    "a duration formatted as time, sessions in a 1×1 range",
    [formatted(0.5, "[h]:mm"), [[12]]],
    0.0416666666666667,
  ],
  [
    "a negative duration comes before zero sessions",
    [-1, 0],
    "#NUM! not-non-negative: total_duration must not be negative.",
  ],
  [
    "a negative fraction of sessions is negative",
    [100, -2.5],
    "#NUM! not-non-negative: sessions must not be negative.",
  ],
  [
    "time typed as text is not a number",
    ["1:00:00", 12],
    "#VALUE! arg-not-number: total_duration must be a number, not text or TRUE/FALSE.",
  ],
  ["an error is returned", [100, runtimeLikeError("#DIV/0!")], "#DIV/0! input-error: "],
]);
