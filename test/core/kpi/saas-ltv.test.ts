import { saasLtv } from "../../../src/core/kpi/saas-ltv";
import { runtimeLikeError } from "../../support/cases";
import { formatted, testKpi } from "../../support/outcomes";

testKpi("SAASLTV", saasLtv, [
  [
    "the rate CS.CHURN returns, formatted as a percentage",
    [750000, formatted(0.064, "0.0%")],
    11718750,
  ],
  ["gross_margin omitted is 1", [100, 0.05], 2000],
  ["gross_margin as an empty string is 1", [100, 0.05, ""], 2000],
  ["gross_margin 0", [100, 0.05, 0], 0],
  [
    "text in gross_margin comes before churn_rate 6.4",
    [100, 6.4, "80%"],
    "#VALUE! arg-not-number: gross_margin must be a number, not text or TRUE/FALSE.",
  ],
  [
    "gross_margin out of range comes before zero churn",
    [100, 0, 1.5],
    "#NUM! fraction-out-of-range: gross_margin must be between 0 and 1 (for example 6.4% or 0.064).",
  ],
  [
    "TRUE is not a churn rate",
    [100, true],
    "#VALUE! arg-not-number: churn_rate must be a number, not text or TRUE/FALSE.",
  ],
  [
    "an error in gross_margin is returned",
    [100, 0.05, runtimeLikeError("#NAME?")],
    "#NAME? input-error: ",
  ],
]);
