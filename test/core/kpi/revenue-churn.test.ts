import fc from "fast-check";
import { grr } from "../../../src/core/kpi/grr";
import { ndr } from "../../../src/core/kpi/ndr";
import { revenueChurn } from "../../../src/core/kpi/revenue-churn";
import { runtimeLikeError } from "../../support/cases";
import { testKpi } from "../../support/outcomes";

testKpi("REVENUECHURN", revenueChurn, [
  ["0.1 + 0.2 lost of 0.3 is exactly 1, not 1.0000000000000002", [0.3, 0.1, 0.2, null], 1],
  ["a blank expansion is the gross rate", [1000, 10, 20, ""], 0.03],
  ["expansion 0 is the gross rate too", [1000, 10, 20, 0], 0.03],
  ["net churn far below 0", [1, 0, 0, 5], -5],
  [
    "the relation is checked before the zero start",
    [0, 5, 0, null],
    "#NUM! part-exceeds-whole: contraction + churned_mrr (5) cannot be greater than start_mrr (0).",
  ],
  [
    "an error in expansion comes before every other check",
    ["x", -1, null, runtimeLikeError("#N/A")],
    "#N/A input-error: ",
  ],
  [
    "expansion must be an amount",
    [1000, 0, 0, -1],
    "#NUM! not-non-negative: expansion must not be negative.",
  ],
  [
    "text expansion",
    [1000, 0, 0, "5"],
    "#VALUE! arg-not-number: expansion must be a number, not text or TRUE/FALSE.",
  ],
  [
    "churned_mrr is required",
    [1000, 0, null, null],
    "#VALUE! arg-missing: churned_mrr is empty. Enter a number.",
  ],
  [
    "a net result too large for a double",
    [5e-324, 0, 0, 1e308],
    "#NUM! result-too-large: The result is too large for Excel (beyond ±1.8E308).",
  ],
]);

const amount = fc.double({ min: 0, max: 1e9, noNaN: true });

test("gross = 1 − GRR and net = 1 − NDR on the same inputs (functions.md §11)", () => {
  fc.assert(
    fc.property(amount, amount, amount, amount, (start, contraction, churned, expansion) => {
      const gross = revenueChurn(start, contraction, churned, null);
      const retained = grr(start, contraction, churned);
      if (typeof gross !== "number" || typeof retained !== "number") {
        expect(gross).toEqual(retained);
        return;
      }
      expect(Math.abs(gross - (1 - retained))).toBeLessThanOrEqual(1e-12);
      const net = revenueChurn(start, contraction, churned, expansion);
      const kept = ndr(start, expansion, contraction, churned);
      if (typeof net !== "number" || typeof kept !== "number") return; // overflow on a tiny start
      expect(Math.abs(net - (1 - kept))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(net)));
    })
  );
});
