import { Checks } from "../../../src/core/args/checks";
import { readDatePairs } from "../../../src/core/args/date-pairs";
import { readScalar } from "../../../src/core/args/scalar";
import { amount } from "../../../src/core/args/domains";

const col = (...items: unknown[]) => items.map((item) => [item]);

function read(starts: unknown, ends: unknown, wholeDays = false) {
  const checks = new Checks(["starts", "ends", "later"]);
  const { pairs, outOfOrder } = readDatePairs(checks, ["starts", "ends"], [starts, ends], {
    wholeDays,
  });
  const failure = checks.failure;
  return {
    pairs,
    outOfOrder: outOfOrder?.message,
    failure: failure && `${failure.excel} ${failure.id}: ${failure.message}`,
  };
}

describe("readDatePairs", () => {
  test("pairs row-major; a blank second date gives a pair without end", () => {
    expect(
      read(
        [
          [45000, 45001],
          [45002, 45003],
        ],
        [
          [45010, null],
          ["", 45013],
        ]
      )
    ).toEqual({
      pairs: [
        { start: 45000, end: 45010 },
        { start: 45001 },
        { start: 45002 },
        { start: 45003, end: 45013 },
      ],
      outOfOrder: undefined,
      failure: undefined,
    });
  });

  test("pairs whose start is blank, text, TRUE/FALSE or an entity are skipped", () => {
    const starts = col(null, "Start", true, { type: "Entity", text: "x" }, 45000);
    const ends = col("x", "End", false, 45001, 45002);
    expect(read(starts, ends).pairs).toEqual([{ start: 45000, end: 45002 }]);
  });

  test("whole days truncate both dates; otherwise times of day are kept", () => {
    expect(read(col(45000.75), col(45001.5), true).pairs).toEqual([{ start: 45000, end: 45001 }]);
    expect(read(col(45000.75), col(45001.5)).pairs).toEqual([{ start: 45000.75, end: 45001.5 }]);
  });

  test("the first pair out of order is returned, not reported, so relations can come first", () => {
    const result = read(col(45005, 45009, 45008), col(45006, 45001, 45002));
    expect(result.failure).toBeUndefined();
    expect(result.outOfOrder).toBe("ends item 2 (45001) is before starts item 2 (45009).");
  });

  test("the first error of each range is reported, even in a skipped pair", () => {
    expect(read(col(null, { code: "#REF!" }), col({ code: "#N/A" }, null)).failure).toBe(
      "#REF! input-error: "
    );
    expect(read(col(null, 45000), col({ code: "#N/A" }, { code: "#REF!" })).failure).toBe(
      "#N/A input-error: "
    );
  });

  test("an error value beats a size mismatch", () => {
    expect(read(col(45000, 45001), col({ code: "#NUM!" })).failure).toBe("#NUM! input-error: ");
  });

  test("a size mismatch gives no pairs", () => {
    expect(read(col(45000), [[45000, 45001]])).toEqual({
      pairs: [],
      outOfOrder: undefined,
      failure:
        "#VALUE! range-size-mismatch: starts is 1×1 but ends is 1×2. They must be the same size.",
    });
  });

  test("a later scalar's kind problem beats a size mismatch (step 2 before step 3)", () => {
    const checks = new Checks(["starts", "ends", "later"]);
    readDatePairs(checks, ["starts", "ends"], [col(1, 2), col(1)], { wholeDays: false });
    readScalar(checks, "later", "text", amount);
    expect(checks.failure?.id).toBe("arg-not-number");
  });

  test("the first text second date (row-major) is the one reported", () => {
    expect(read([[45000, 45001, 45002]], [["a", 45003, "b"]]).failure).toBe(
      "#VALUE! item-not-date: ends: item 1 (row 1, column 1) must be a date or empty."
    );
  });

  test("dates must lie in 0 ≤ d < 2958466 (to 9999-12-31)", () => {
    expect(read(col(0), col(2958465.99)).failure).toBeUndefined();
    expect(read(col(0), col(2958466)).failure).toBe(
      "#NUM! date-out-of-range: ends must be a date between 1900 and 9999."
    );
    expect(read(col(Number.NaN), col(null)).failure).toBe(
      "#NUM! date-out-of-range: starts must be a date between 1900 and 9999."
    );
  });
});
