import { amount, anyNumber, count, date, Domain, fraction } from "../../../src/core/args/domains";

const idOf = (domain: Domain, value: number) => domain(value, "x")?.id ?? "ok";

describe("number domains (functions.md §1)", () => {
  test.each<[string, Domain, number, string]>([
    ["count 0", count, 0, "ok"],
    ["count 1000", count, 1000, "ok"],
    ["count 2.5", count, 2.5, "not-integer"],
    ["count -1", count, -1, "not-non-negative"],
    ["count -0.5: negative before fractional", count, -0.5, "not-non-negative"],
    ["count NaN", count, NaN, "not-non-negative"],
    ["count Infinity", count, Infinity, "not-integer"],
    ["amount 19.99", amount, 19.99, "ok"],
    ["amount 0", amount, 0, "ok"],
    ["amount -0.01", amount, -0.01, "not-non-negative"],
    ["amount Infinity", amount, Infinity, "not-non-negative"],
    ["amount NaN", amount, NaN, "not-non-negative"],
    ["fraction 0", fraction, 0, "ok"],
    ["fraction 1", fraction, 1, "ok"],
    ["fraction 0.064", fraction, 0.064, "ok"],
    ["fraction 6.4 (typed as a percent number)", fraction, 6.4, "fraction-out-of-range"],
    ["fraction -0.1", fraction, -0.1, "fraction-out-of-range"],
    ["fraction NaN", fraction, NaN, "fraction-out-of-range"],
    ["date 0", date, 0, "ok"],
    ["date 45292 (2024-01-01)", date, 45292, "ok"],
    ["date 2958465.99 (9999-12-31 23:59)", date, 2958465.99, "ok"],
    ["date 2958466 (10000-01-01)", date, 2958466, "date-out-of-range"],
    ["date -3", date, -3, "date-out-of-range"],
    ["any number -1", anyNumber, -1, "ok"],
    ["any number Infinity", anyNumber, Infinity, "not-non-negative"],
  ])("%s → %#", (_title, domain, value, expected) => {
    expect(idOf(domain, value)).toBe(expected);
  });
});
