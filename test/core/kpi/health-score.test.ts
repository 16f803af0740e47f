import fc from "fast-check";
import { healthScore } from "../../../src/core/kpi/health-score";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";
import { outcome } from "../../support/outcomes";

runCoreCases(loadCases("HEALTHSCORE"), healthScore);

const score = (values: unknown, weights: unknown, flags: unknown = null) =>
  outcome(healthScore(values, weights, flags));
const close = (actual: unknown, expected: number) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * expected);
};

describe("healthScore beyond the spec table", () => {
  describe("a missing value drops out with its weight and flag, whatever they hold", () => {
    test("text weight next to a missing value", () => {
      expect(score([[0.5, null]], [[1, "w"]])).toBe(50);
    });
    test("text flag next to a missing value; FALSE flips the used one", () => {
      close(score([[0.2, "x"]], [[1, 1]], [[false, "yes"]]), 80);
    });
    test("blank weight and flag next to a missing value", () => {
      expect(score([[0.4, true]], [[1, null]], [[true, null]])).toBe(40);
    });
    test("only the used weights count toward the denominator", () => {
      expect(score([[0.5, null]], [[0, 1]])).toBe("#DIV/0! zero-denominator: weights is zero.");
    });
    test("but an error value next to a missing value is still returned", () => {
      expect(score([[0.5, null]], [[1, { code: "#REF!" }]])).toBe("#REF! input-error: ");
    });
  });

  test("flags: TRUE/1 keep the value, FALSE/0 flip it, as numbers or data types too", () => {
    expect(score([[0.2, 0.2]], [[1, 1]], [[0, 1]])).toBe(50); // (0.8 + 0.2) / 2
    close(score([[0.2]], [[1]], [[{ type: "Boolean", basicValue: false }]]), 80);
    close(score([[0.2]], [[1]], [[{ type: "Double", basicValue: 0, numberFormat: "0" }]]), 80);
  });

  test("flags other than TRUE, FALSE, 1, 0 next to a used value", () => {
    const notFlag = (item: string) =>
      `#VALUE! item-not-flag: higher_is_better: ${item} must be TRUE, FALSE, 1 or 0.`;
    expect(score([[0.5], [0.5]], [[1], [1]], [[true], [2]])).toBe(
      notFlag("item 2 (row 2, column 1)")
    );
    expect(score([[0.5]], [[1]], [[null]])).toBe(notFlag("item 1 (row 1, column 1)"));
    expect(score([[0.5]], [[1]], [["TRUE"]])).toBe(notFlag("item 1 (row 1, column 1)"));
  });

  test("omitted flags (null, undefined, empty string) are all TRUE", () => {
    expect(score([[0.2]], [[1]], undefined)).toBe(20);
    expect(score([[0.2]], [[1]], "")).toBe(20);
  });

  test("a single value is a 1×1 vector; formatted numbers are numbers", () => {
    expect(score(0.8, 2)).toBe(80);
    const pct = (basicValue: number) => ({ type: "Double", basicValue, numberFormat: "0%" });
    close(score([[pct(0.8), pct(0.4)]], [[pct(0.5), pct(0.5)]]), 60);
  });

  test("weights near 1.8e308 do not overflow the score: only their ratios count", () => {
    expect(score([[0.5, 0.5]], [[1e308, 1e308]])).toBe(50);
    expect(score([[1, 0]], [[Number.MAX_VALUE, Number.MAX_VALUE]])).toBe(50);
    close(score([[0.2, 0.6]], [[Number.MAX_VALUE, 1]], [[false, true]]), 80);
  });

  test("a zero weight keeps a value out of the mean without an error", () => {
    expect(score([[1, 0]], [[0, 1]])).toBe(0);
  });

  test("a boolean weight next to a used value is not a number; positions of a column", () => {
    expect(score([[0.5], [0.5]], [[1], [true]])).toBe(
      "#VALUE! item-not-number: weights: item 2 (row 2, column 1) must be a number."
    );
  });

  test("a row and a column of the same length are different sizes", () => {
    expect(score([[0.5, 0.5, 0.5]], [[1], [1], [1]])).toBe(
      "#VALUE! range-size-mismatch: weights is 3×1 but values is 1×3. They must be the same size."
    );
    expect(score([[0.5, 0.5]], [[1, 1]], [[true]])).toBe(
      "#VALUE! range-size-mismatch: higher_is_better is 1×1 but values is 1×2. They must be the same size."
    );
  });

  describe("order of checks (functions.md §1)", () => {
    const NA = { code: "#N/A", message: "m" };
    test("error values: values first, then weights, then flags, each row-major", () => {
      expect(score([[0.5, NA]], [[{ code: "#DIV/0!" }, 1]])).toBe("#N/A input-error: m");
      expect(score([[0.5]], [[NA]], [[{ code: "#REF!" }]])).toBe("#N/A input-error: m");
    });
    test("an error value beats a shape problem", () => {
      expect(
        score(
          [
            [0.1, 0.2],
            [0.3, NA],
          ],
          [[1]]
        )
      ).toBe("#N/A input-error: m");
    });
    test("not a vector (step 2) beats a size mismatch (step 3)", () => {
      expect(
        score(
          [
            [0.1, 0.2],
            [0.3, 0.4],
          ],
          [[1, 1, 1]]
        )
      ).toBe(
        "#VALUE! range-not-vector: values must be a single row or a single column; it is 2×2."
      );
    });
    test("a size mismatch beats item problems", () => {
      expect(score([[2, 0.5]], [["w", 1, 1]])).toBe(
        "#VALUE! range-size-mismatch: weights is 1×3 but values is 1×2. They must be the same size."
      );
    });
    test("item kinds (step 4) beat domains; weights before flags", () => {
      expect(score([[1.5, 0.5]], [[1, "w"]])).toBe(
        "#VALUE! item-not-number: weights: item 2 (row 1, column 2) must be a number."
      );
      expect(score([[0.5, 0.5]], [[1, "w"]], [["x", true]])).toBe(
        "#VALUE! item-not-number: weights: item 2 (row 1, column 2) must be a number."
      );
    });
    test("domains: values before weights", () => {
      expect(score([[0.5, 1.5]], [[-1, 1]])).toBe(
        "#NUM! fraction-out-of-range: values must be between 0 and 1 (for example 6.4% or 0.064)."
      );
    });
    test("no used value (#DIV/0! no-values) before zero weights", () => {
      expect(score([["n/a"]], [[0]])).toBe("#DIV/0! no-values: values contains no valid values.");
    });
  });
});

describe("healthScore agrees with the wizard's native formula (functions.md §7)", () => {
  /**
   * The SUMPRODUCT formula with flags, term by term: ISNUMBER(V) keeps used items, H<>FALSE and
   * H<>0 is 1 for TRUE/1, and a flipped metric enters as w − w·v rather than w·(1 − v).
   */
  function nativeFormula(values: unknown[], weights: number[], flags: boolean[]): number {
    let kept = 0;
    let flippedWeight = 0;
    let flippedWeighted = 0;
    let denominator = 0;
    values.forEach((v, k) => {
      if (typeof v !== "number") return;
      if (flags[k]) kept += weights[k] * v;
      else {
        flippedWeight += weights[k];
        flippedWeighted += weights[k] * v;
      }
      denominator += weights[k];
    });
    return ((kept + flippedWeight - flippedWeighted) / denominator) * 100;
  }

  const metric = fc.record({
    value: fc.oneof(
      { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "n/a", true) }
    ),
    weight: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.double({ min: 0.001, max: 100, noNaN: true })
    ),
    higher: fc.boolean(),
  });

  test("on valid data, within the precision rule", () => {
    fc.assert(
      fc.property(fc.array(metric, { minLength: 1, maxLength: 12 }), (metrics) => {
        const values = metrics.map((m) => m.value);
        const weights = metrics.map((m) => m.weight);
        const flags = metrics.map((m) => m.higher);
        const result = healthScore([values], [weights], [flags]);
        const used = metrics.filter((m) => typeof m.value === "number");
        if (used.length === 0) expect(outcome(result)).toMatch(/no-values/);
        else if (used.every((m) => m.weight === 0))
          expect(outcome(result)).toMatch(/zero-denominator/);
        else {
          const expected = nativeFormula(values, weights, flags);
          const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
          expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(tolerance);
        }
      })
    );
  });
});
