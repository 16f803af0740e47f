import { revenueRetention } from "../../../src/core/shapes/revenue-retention";
import { outcome } from "../../support/outcomes";

describe("revenueRetention: the shape of NDR and GRR", () => {
  test("with expansion (NDR) the result may exceed 1", () => {
    expect(revenueRetention({ startMrr: 100, expansion: 20, contraction: 5, churnedMrr: 5 })).toBe(
      1.1
    );
  });

  test("an expansion key holding nothing is a blank argument", () => {
    const result = revenueRetention({
      startMrr: 100,
      expansion: undefined,
      contraction: "x",
      churnedMrr: 0,
    });
    expect(outcome(result)).toBe("#VALUE! arg-missing: expansion is empty. Enter a number.");
  });

  test("without the key (GRR) there is no expansion parameter, and no expansion", () => {
    expect(outcome(revenueRetention({ startMrr: 100, contraction: "x", churnedMrr: 0 }))).toBe(
      "#VALUE! arg-not-number: contraction must be a number, not text or TRUE/FALSE."
    );
    expect(revenueRetention({ startMrr: 100, contraction: 5, churnedMrr: 5 })).toBe(0.9);
  });

  test("expansion does not offset losses greater than start MRR", () => {
    const result = revenueRetention({ startMrr: 10, expansion: 50, contraction: 6, churnedMrr: 5 });
    expect(outcome(result)).toBe(
      "#NUM! part-exceeds-whole: contraction + churned_mrr (11) cannot be greater than start_mrr (10)."
    );
  });

  test("a result that rounding pushes below 0 is 0, with or without expansion", () => {
    expect((0.3 + 0 - 0.1 - 0.2) / 0.3).toBeLessThan(0);
    expect(
      revenueRetention({ startMrr: 0.3, expansion: 0, contraction: 0.1, churnedMrr: 0.2 })
    ).toBe(0);
    expect(revenueRetention({ startMrr: 0.3, contraction: 0.1, churnedMrr: 0.2 })).toBe(0);
  });
});
