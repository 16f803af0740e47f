import { amount, count } from "../../../src/core/args/domains";
import { product } from "../../../src/core/shapes/product";
import { outcome } from "../../support/outcomes";

describe("product", () => {
  test("multiplies left to right, as the native formula =a*b*c does", () => {
    const args = [19.99, 1.5, 36].map((value, i) => ({ param: `p${i}`, value, domain: amount }));
    expect(product(args)).toBe(1079.46);
    expect(19.99 * (1.5 * 36)).toBe(1079.4599999999998); // another order shows in the last bit
  });

  test("reports the decisive problem of all arguments", () => {
    const result = product([
      { param: "n", value: 2.5, domain: count },
      { param: "price", value: "9.99", domain: amount },
    ]);
    expect(outcome(result)).toBe(
      "#VALUE! arg-not-number: price must be a number, not text or TRUE/FALSE."
    );
  });
});
