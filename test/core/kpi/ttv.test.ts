import { ttv } from "../../../src/core/kpi/ttv";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("TTV"), ttv as (...args: unknown[]) => ReturnType<typeof ttv>);

const col = (...items: unknown[]) => items.map((item) => [item]);
const S = col(45292, 45292, 45300, 45301, 45310);
const V = col(45299, 45306, 45303, null, 45340);
const na = { code: "#N/A", message: "not found" };
const BAD_METHOD = '#VALUE! arg-bad-option: method must be one of: "median", "mean".';

describe("ttv: method", () => {
  test.each<[string, unknown, number | string]>([
    ["omitted (undefined)", undefined, 10.5],
    ["blank", null, 10.5],
    ["empty text", "", 10.5],
    ["mixed case", "Mean", 13.5],
    ["in a 1×1 range", [["mean"]], 13.5],
    ["with a space", " mean", BAD_METHOD],
    ["TRUE", true, BAD_METHOD],
    ["a formatted number", { type: "Double", basicValue: 1, numberFormat: "0" }, BAD_METHOD],
    [
      "a 1×2 range",
      [["mean", "median"]],
      "#VALUE! arg-not-single: method must be a single value, not a range of 1×2.",
    ],
    ["an error", na, "#N/A input-error: not found"],
  ])("%s", (_title, method, expected) => {
    expect(outcome(ttv(S, V, method))).toBe(expected);
  });
});

describe("ttv: intervals", () => {
  test("the median sorts intervals as numbers, not as text", () => {
    // intervals 10, 9, 100: as text "10" < "100" < "9" would give 100
    expect(outcome(ttv(col(45000, 45000, 45000), col(45010, 45009, 45100), null))).toBe(10);
  });

  test("one reached customer is both median and mean", () => {
    expect(outcome(ttv(col(45292, 45292), col(null, 45297), "median"))).toBe(5);
    expect(outcome(ttv(col(45292, 45292), col(null, 45297), "mean"))).toBe(5);
  });

  test("value on the start day is an interval of 0", () => {
    expect(outcome(ttv(col(45292, 45292), col(45292, 45296), "mean"))).toBe(2);
  });

  test("the mean keeps times of day", () => {
    // 0.25 + 1.5 + 2 = 3.75 over 3
    expect(outcome(ttv(col(45292, 45292.5, 45300), col(45292.25, 45294, 45302), "mean"))).toBe(
      1.25
    );
  });

  test("2-D ranges pair row-major; text starts skip their pair whatever its value date", () => {
    const starts = [
      [45292, "Start"],
      [45300, 45301],
    ];
    const values = [
      [45299, "Value"],
      [45303, null],
    ];
    expect(outcome(ttv(starts, values, "mean"))).toBe(5);
  });

  test("nobody in the list at all: no values", () => {
    expect(outcome(ttv(col(null, "x"), col(45300, "y"), null))).toBe(
      "#DIV/0! no-values: value_dates contains no valid values."
    );
  });
});

describe("ttv: order of checks", () => {
  test("an error in the ranges beats a bad method; start_dates before value_dates", () => {
    expect(outcome(ttv(col(45292, na), col({ code: "#REF!" }, null), "avg"))).toBe(
      "#N/A input-error: not found"
    );
    expect(outcome(ttv(col(null), col(na), 7))).toBe("#N/A input-error: not found");
  });

  test("a bad method comes before the size of the ranges and the kinds of items", () => {
    expect(outcome(ttv(S, col(45299), "avg"))).toBe(BAD_METHOD);
    expect(outcome(ttv(S, col(45299, "done", 45303, null, 45340), "avg"))).toBe(BAD_METHOD);
  });

  test("a value date that is TRUE is not a date", () => {
    expect(outcome(ttv(S, col(45299, 45306, 45303, true, 45340), null))).toBe(
      "#VALUE! item-not-date: value_dates: item 4 (row 4, column 1) must be a date or empty."
    );
  });

  test("a value date that is not a date comes before dates out of range", () => {
    expect(outcome(ttv(col(-1, 45292), col(45299, "done"), null))).toBe(
      "#VALUE! item-not-date: value_dates: item 2 (row 2, column 1) must be a date or empty."
    );
  });

  test("date domain: start_dates before value_dates", () => {
    expect(outcome(ttv(col(45292, 2958466), col(-1, 45300), null))).toBe(
      "#NUM! date-out-of-range: start_dates must be a date between 1900 and 9999."
    );
    expect(outcome(ttv(col(45292), col(-0.5), null))).toBe(
      "#NUM! date-out-of-range: value_dates must be a date between 1900 and 9999."
    );
  });

  test("date order keeps times of day: 6:00 is before 12:00 the same day", () => {
    expect(outcome(ttv(col(45292.5), col(45292.25), null))).toBe(
      "#NUM! date-order: value_dates item 1 (45292.25) is before start_dates item 1 (45292.5)."
    );
  });
});
