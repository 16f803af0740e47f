import { arpu } from "../../../src/core/kpi/arpu";
import { clv } from "../../../src/core/kpi/clv";
import { finite } from "../../../src/core/kpi/kpi-result";
import { mrr } from "../../../src/core/kpi/mrr";
import { ndr } from "../../../src/core/kpi/ndr";
import { saasLtv } from "../../../src/core/kpi/saas-ltv";
import { outcome } from "../../support/outcomes";

const TOO_LARGE = "#NUM! result-too-large: The result is too large for Excel (beyond ±1.8E308).";

describe("a result no double can hold is #NUM!, never ±Infinity or NaN", () => {
  test.each<[string, () => ReturnType<typeof finite>]>([
    ["finite(Infinity)", () => finite(Infinity)],
    ["finite(-Infinity)", () => finite(-Infinity)],
    ["finite(NaN)", () => finite(NaN)],
    ["CLV(1e300, 1e300, 1): product overflows", () => clv(1e300, 1e300, 1, null)],
    ["MRR(1e10, 1e300)", () => mrr(1e10, 1e300)],
    ["ARPU(1e308, 1e-10): quotient overflows", () => arpu(1e308, 1e-10)],
    ["SAASLTV(1e308, 1e-300)", () => saasLtv(1e308, 1e-300, null)],
    ["NDR(5e-324, 1e308, 0, 0): growth over a denormal base", () => ndr(5e-324, 1e308, 0, 0)],
  ])("%s", (_title, compute) => {
    expect(outcome(compute())).toBe(TOO_LARGE);
  });

  test("finite numbers pass unchanged, even the largest", () => {
    expect(finite(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(finite(-0)).toBe(-0);
  });
});
