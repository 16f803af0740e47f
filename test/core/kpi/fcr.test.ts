import { fcr } from "../../../src/core/kpi/fcr";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("FCR", fcr, [
  ["a 1×1 range and a formatted count", [[[72]], formatted(90, "#,##0")], 0.8],
  [
    "a fractional total comes before the relation",
    [5, 2.5],
    "#NUM! not-integer: total_tickets must be a whole number.",
  ],
  [
    "the relation comes before the zero total",
    [3, 0],
    "#NUM! part-exceeds-whole: resolved_on_first_contact (3) cannot be greater than total_tickets (0).",
  ],
  ["an error comes before a blank", [null, runtimeLikeError("#N/A")], "#N/A input-error: "],
]);
