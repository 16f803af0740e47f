import { churnFromDates } from "../../../src/core/kpi/churn-from-dates";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(
  loadCases("CHURNFROMDATES"),
  churnFromDates as (...args: unknown[]) => ReturnType<typeof churnFromDates>
);

const JAN_1 = 45292;
const JAN_31 = 45322;
const col = (...items: unknown[]) => items.map((item) => [item]);
const na = { type: "Error", basicValue: "#N/A", code: "#N/A", message: "lookup" };
const ref = { code: "#REF!" };
const churnInJanuary = (starts: unknown, ends: unknown) =>
  outcome(churnFromDates(starts, ends, JAN_1, JAN_31));

describe("churnFromDates: who is at start and who churned", () => {
  test("a customer who starts on period_start is new, not at start", () => {
    // 45000 active (at start); 45292 starts on 1 Jan and ends the same day (new, churned)
    expect(churnInJanuary(col(45000, JAN_1), col(null, JAN_1))).toBe(1);
    expect(churnInJanuary(col(45000, JAN_1), col(null, null))).toBe(0);
  });

  test("new customers who churn can push the rate above 100%", () => {
    expect(churnInJanuary(col(45000, 45295, 45300, 45310), col(null, 45296, 45301, 45311))).toBe(3);
  });

  test("a new customer who churns after period_end is not churned", () => {
    expect(churnInJanuary(col(45000, 45300), col(null, 45330))).toBe(0);
  });

  test("dates compare as whole days, period bounds included", () => {
    // ends at 23:00 on 31 Jan with a period_end at 06:00 on 31 Jan: inside the period
    expect(outcome(churnFromDates(col(45000), col(45322.96), 45292.9, 45322.25))).toBe(1);
    // a start at 01:00 on 1 Jan with period_start at 12:00 on 1 Jan: the same day, so new
    expect(outcome(churnFromDates(col(45000, 45292.04), col(null, 45300), 45292.5, 45322))).toBe(1);
    // period_start later in the day than period_end on the same day is one valid day
    expect(outcome(churnFromDates(col(45000), col(45322), 45322.75, 45322.25))).toBe(1);
  });

  test("2-D ranges pair row-major; a pair with a text start is skipped whatever its end", () => {
    const starts = [
      [45000, 45100],
      [45200, "Customer"],
    ];
    const ends = [
      [45300, null],
      [45400, "churned on"],
    ];
    expect(churnInJanuary(starts, ends)).toBeCloseTo(1 / 3, 15);
  });

  test("blank ends: null, empty text and Excel's Empty type mean still active", () => {
    expect(churnInJanuary(col(45000, 45001, 45002), col(null, "", { type: "Empty" }))).toBe(0);
  });

  test("formatted numbers and 1×1 ranges are dates like plain numbers", () => {
    const date = (serial: number) => ({
      type: "Double",
      basicValue: serial,
      numberFormat: "d-mmm",
    });
    expect(
      outcome(churnFromDates(col(date(45000)), col(date(45300)), [[JAN_1]], date(JAN_31)))
    ).toBe(1);
  });

  test("a single cell is a 1×1 range", () => {
    expect(churnInJanuary(45000, null)).toBe(0);
  });

  test("an end of 0 (desktop Excel may send an empty cell so) is a real date: before its start", () => {
    expect(churnInJanuary(col(45000), col(0))).toBe(
      "#NUM! date-order: end_dates item 1 (0) is before start_dates item 1 (45000)."
    );
  });

  test("nobody in the list at all is also nobody at start", () => {
    expect(churnInJanuary(col(null, "Start"), col(null, "End"))).toBe(
      "#DIV/0! zero-denominator: customers at period_start is zero."
    );
  });
});

describe("churnFromDates: order of checks (functions.md §1 and §4)", () => {
  test("an error value in a skipped pair is still returned", () => {
    expect(churnInJanuary(col(45000, null), col(null, ref))).toBe("#REF! input-error: ");
  });

  test("errors: start_dates before end_dates before the period, whatever else is wrong", () => {
    expect(churnInJanuary(col(45000, ref), col(na, null))).toBe("#REF! input-error: ");
    expect(outcome(churnFromDates(col(45000, 1), col(na), "text", ref))).toBe(
      "#N/A input-error: lookup"
    );
    expect(outcome(churnFromDates(col(45000), col("x"), JAN_1, [[1, ref]]))).toBe(
      "#REF! input-error: "
    );
  });

  test("a period argument's kind comes before the size of the ranges", () => {
    expect(outcome(churnFromDates(col(45000, 1), col(null), "2024-01-01", JAN_31))).toBe(
      "#VALUE! arg-not-number: period_start must be a number, not text or TRUE/FALSE."
    );
    expect(outcome(churnFromDates(col(45000, 1), col(null), JAN_1, null))).toBe(
      "#VALUE! arg-missing: period_end is empty. Enter a number."
    );
    expect(outcome(churnFromDates(col(45000, 1), col(null), col(JAN_1, JAN_31), JAN_31))).toBe(
      "#VALUE! arg-not-single: period_start must be a single value, not a range of 2×1."
    );
  });

  test("ranges must match in rows and columns, not only in cell count", () => {
    expect(churnInJanuary([[45000, 45100]], col(null, null))).toBe(
      "#VALUE! range-size-mismatch: start_dates is 1×2 but end_dates is 2×1. They must be the same size."
    );
  });

  test("an end that is not a date comes before the date domain of the period", () => {
    expect(outcome(churnFromDates(col(45000, 45100), [[null], [true]], -1, JAN_31))).toBe(
      "#VALUE! item-not-date: end_dates: item 2 (row 2, column 1) must be a date or empty."
    );
  });

  test("items are numbered row-major in 2-D ranges", () => {
    expect(churnInJanuary([[45000, 45100]], [[45300, "gone"]])).toBe(
      "#VALUE! item-not-date: end_dates: item 2 (row 1, column 2) must be a date or empty."
    );
  });

  test("date domain: the period first, then start_dates, then end_dates", () => {
    expect(outcome(churnFromDates(col(-3), col(null), JAN_1, 2958466))).toBe(
      "#NUM! date-out-of-range: period_end must be a date between 1900 and 9999."
    );
    expect(churnInJanuary(col(45000, -3), col(-1, null))).toBe(
      "#NUM! date-out-of-range: start_dates must be a date between 1900 and 9999."
    );
    expect(churnInJanuary(col(45000), col(2958466))).toBe(
      "#NUM! date-out-of-range: end_dates must be a date between 1900 and 9999."
    );
  });

  test("an end outside the date domain in a skipped pair is ignored", () => {
    expect(churnInJanuary(col(45000, null), col(null, -5))).toBe(0);
  });

  test("period_start > period_end comes before a row that ends before it starts", () => {
    expect(outcome(churnFromDates(col(45184), col(45170), JAN_31, JAN_1))).toBe(
      "#NUM! date-order: period_end (45292) is before period_start (45322)."
    );
  });

  test("a row that ends before it starts comes before nobody at start", () => {
    expect(outcome(churnFromDates(col(45184), col(45170), 44197, 44227))).toBe(
      "#NUM! date-order: end_dates item 1 (45170) is before start_dates item 1 (45184)."
    );
  });

  test("date order compares whole days and names the first such row", () => {
    // row 1 starts 21:36 and ends 02:24 on the same day (in 2023): no error, not at start
    expect(churnInJanuary(col(45184.9, 45000), col(45184.1, 45300))).toBe(1);
    expect(churnInJanuary(col(45000, 45184.1, 45190), col(null, 45183.9, 45100))).toBe(
      "#NUM! date-order: end_dates item 2 (45183) is before start_dates item 2 (45184)."
    );
  });
});
