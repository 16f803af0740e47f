import { crc } from "../../../src/core/kpi/crc";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("CRC", crc, [
  [
    "formatted costs and customers in a 1×1 range",
    [formatted(1234.5, "$#,##0.00"), [[7]]],
    176.357142857143,
  ],
  [
    "FALSE is not a number of customers, and that comes before negative costs",
    [-1, false],
    "#VALUE! arg-not-number: customers must be a number, not text or TRUE/FALSE.",
  ],
  [
    "an error in customers is returned",
    [100, runtimeLikeError("#VALUE!", "bad lookup")],
    "#VALUE! input-error: bad lookup",
  ],
]);
