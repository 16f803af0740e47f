import { conversion } from "../../../src/core/kpi/conversion";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("CONVERSION", conversion, [
  ["formatted counts", [formatted(45, "0"), [[1500]]], 0.03],
  [
    "an empty string is blank",
    ["", 10],
    "#VALUE! arg-missing: conversions is empty. Enter a number.",
  ],
  [
    "a column of two visitors counts",
    [1, [[10], [20]]],
    "#VALUE! arg-not-single: visitors must be a single value, not a range of 2×1.",
  ],
  [
    "a negative fraction is negative",
    [-0.5, 10],
    "#NUM! not-non-negative: conversions must not be negative.",
  ],
  ["an error is returned", [runtimeLikeError("#NULL!"), 10], "#NULL! input-error: "],
]);
