import { arpu } from "../../../src/core/kpi/arpu";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("ARPU", arpu, [
  [
    "a formatted number of users in a 1×1 range",
    [5000, [[formatted(412.5, "#,##0.0")]]],
    12.1212121212121,
  ],
  [
    "an empty string is blank",
    [5000, ""],
    "#VALUE! arg-missing: average_users is empty. Enter a number.",
  ],
  [
    "a negative revenue comes before zero users",
    [-1, 0],
    "#NUM! not-non-negative: total_revenue must not be negative.",
  ],
  [
    "an error inside a larger range is returned as it came",
    [[[1], [runtimeLikeError("#N/A", "no revenue row")]], 10],
    "#N/A input-error: no revenue row",
  ],
]);
