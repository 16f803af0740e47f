import { Checks } from "../../../src/core/args/checks";
import { readScalar } from "../../../src/core/args/scalar";
import { amount } from "../../../src/core/args/domains";
import { answeredTally, readScores } from "../../../src/core/args/scores";

function tally(raw: unknown, cuts: number[] = [7, 9]) {
  const checks = new Checks(["scores", "later"]);
  const result = readScores(checks, "scores", raw, { min: 0, max: 10 }, cuts);
  return {
    result,
    failure:
      checks.failure && `${checks.failure.excel} ${checks.failure.id}: ${checks.failure.message}`,
  };
}

describe("readScores", () => {
  test("counts valid answers, their sum and the answers at or above each cut", () => {
    // 10, 9, 8, 7, 0 and two skipped cells: n = 5, sum = 34, ≥7: 4, ≥9: 2
    expect(
      tally([
        [10, 9, "x"],
        [8, 7, null],
        [0, true, ""],
      ])
    ).toEqual({
      result: { n: 5, sum: 34, atLeast: [4, 2] },
      failure: undefined,
    });
  });

  test("an empty range has no answers", () => {
    expect(tally([]).result).toEqual({ n: 0, sum: 0, atLeast: [0, 0] });
    expect(tally([[], []]).result).toEqual({ n: 0, sum: 0, atLeast: [0, 0] });
  });

  test("a mean asks for no cut-off and gets no counts", () => {
    expect(tally([[3], [9]], []).result).toEqual({ n: 2, sum: 12, atLeast: [] });
  });

  test("a scalar is a 1×1 range", () => {
    expect(tally(9).result).toEqual({ n: 1, sum: 9, atLeast: [1, 1] });
  });

  test("a formatted number in the range counts as its value", () => {
    expect(tally([[{ type: "Double", basicValue: 9, numberFormat: "0" }]]).result.n).toBe(1);
  });

  test("items are numbered row-major in a 2-D range", () => {
    expect(
      tally([
        [1, 2, 3],
        [4, 12, 6],
      ]).failure
    ).toBe("#NUM! score-out-of-scale: scores: item 5 is 12, outside 0..10.");
  });

  test("the first off-scale item decides between not-integer and out-of-scale", () => {
    expect(tally([[5.5], [11]]).failure).toBe("#NUM! not-integer: scores must be a whole number.");
    expect(tally([[-1], [5.5]]).failure).toBe(
      "#NUM! score-out-of-scale: scores: item 1 is -1, outside 0..10."
    );
  });

  test.each<[string, unknown[][], string]>([
    // The scan goes column by column; what it reports is still the first item row-major.
    [
      "an error in a later column but an earlier row",
      [
        [5, { code: "#N/A", message: "first" }],
        [{ code: "#DIV/0!", message: "second" }, 5],
      ],
      "#N/A input-error: first",
    ],
    [
      "an error further down the same column",
      [[{ code: "#N/A", message: "first" }], [{ code: "#DIV/0!", message: "second" }]],
      "#N/A input-error: first",
    ],
    [
      "an off-scale item in a later column but an earlier row",
      [
        [5, 11],
        [12, 5],
      ],
      "#NUM! score-out-of-scale: scores: item 2 is 11, outside 0..10.",
    ],
    [
      "a fraction in a later column but an earlier row",
      [
        [5, 5.5],
        [12, 5],
      ],
      "#NUM! not-integer: scores must be a whole number.",
    ],
  ])("row-major order decides with %s", (_title, range, failure) => {
    expect(tally(range).failure).toBe(failure);
  });

  test("an error value later in the range beats an earlier off-scale item", () => {
    expect(tally([[11], [{ code: "#N/A", message: "m" }]]).failure).toBe("#N/A input-error: m");
  });

  test("an error in the range beats a kind problem of a later scalar argument", () => {
    const checks = new Checks(["scores", "later"]);
    readScalar(checks, "later", "text", amount);
    readScores(checks, "scores", [[{ code: "#REF!" }]], { min: 0, max: 10 }, []);
    expect(checks.failure?.excel).toBe("#REF!");
  });
});

describe("answeredTally", () => {
  const tallyOf = (n: number) => ({ n, sum: n, atLeast: [] });

  test("the tally when there is an answer and no problem", () => {
    expect(answeredTally(new Checks(["scores"]), "scores", tallyOf(2))).toEqual(tallyOf(2));
  });

  test("no answer is no-values, after every problem already reported", () => {
    const none = answeredTally(new Checks(["scores"]), "scores", tallyOf(0));
    expect(none).toMatchObject({ excel: "#DIV/0!", id: "no-values" });
    const checks = new Checks(["scores", "later"]);
    readScalar(checks, "later", "text", amount);
    expect(answeredTally(checks, "scores", tallyOf(0))).toMatchObject({ id: "arg-not-number" });
  });
});
