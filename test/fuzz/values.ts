/**
 * Single cell values for the fuzzer, in the encoding of test/cases (README there): numbers, text,
 * booleans, null/""/undefined for blanks, `{error, message}` for an error value (turned into the
 * bundle's error object by `decodeArgs`), and `{type: "Double", …}` for a formatted number such
 * as a rate another CS function returned.
 */
import fc from "fast-check";
import { Family } from "./specs";

export interface EncodedError {
  readonly error: string;
  readonly message?: string;
}

export function isEncodedError(value: unknown): value is EncodedError {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "error" in value;
}

const ERROR_CODES = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];

export const errorValue: fc.Arbitrary<EncodedError> = fc.oneof(
  fc.constantFrom(...ERROR_CODES).map((error) => ({ error })),
  fc.record({
    error: fc.constantFrom(...ERROR_CODES),
    message: fc.oneof(
      fc.constantFrom("", "Lookup found nothing", "Sheet2 was deleted"),
      fc.string()
    ),
  })
);

export const formatted = (basicValue: number) => ({
  type: "Double",
  basicValue,
  numberFormat: "0.0%",
});

/** Blanks, text (numeric text too) and booleans: what a range skips and a scalar rejects. */
export const blank = fc.constantFrom(null, "", undefined);
const text = fc.oneof(
  fc.constantFrom("n/a", "x", "Start", "active", "TRUE", "median "),
  fc.string()
);
const numericText = fc.constantFrom("9", "0", "0.5", "-1", "1e3", "45292", " 7", "5%", "1,5");
export const skippable: fc.Arbitrary<unknown> = fc.oneof(blank, text, numericText, fc.boolean());

/** Numbers outside most domains: negative, fractional, huge, tiny, off-scale, NaN, infinities. */
const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -1,
    -0.5,
    -0,
    0.5,
    2.5,
    11,
    1e15,
    2 ** 53 + 2,
    1e300,
    -1e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2958466,
    NaN,
    Infinity,
    -Infinity
  ),
  fc.double(),
  fc.integer({ min: -20, max: 120 })
);

const counts = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 10, 64, 100, 1000),
  fc.integer({ min: 0, max: 100_000 })
);
// Mostly everyday magnitudes, so that valid runs return numbers; extremes come from oddNumber.
const amounts = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 0.1, 0.2, 0.3, 1, 49.99, 1000, 100_000) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1e9 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1e8 }).map((cents) => cents / 100) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) }
);
const fractions = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 0.064, 0.1, 0.5, 1) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }
);
/** Levels strictly between 0 and 1: the usual ones, any in between, and the extremes. */
const confidences = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99, 0.9999) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9999 }).map((n) => n / 10000) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MIN_VALUE, 1e-300, 1 - 2 ** -53) },
  {
    weight: 1,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).filter((x) => x > 0 && x < 1),
  }
);
/** Mostly 2020–2027 (so dates of one call overlap), sometimes the ends of the date domain. */
const dates = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 44000, max: 46500 }) },
  { weight: 2, arbitrary: fc.double({ min: 44000, max: 46500, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2958465, 2958465.75) }
);
const LAST_DATE = 2958465.999;

/** Days from an earlier date to a later one (a subscription's end, a first-value date). */
export const dayOffset = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 400 }),
  fc.double({ min: 0, max: 400, noNaN: true })
);
export const dateAfter = (earlier: number, days: number) => Math.min(LAST_DATE, earlier + days);

/** Builds each arbitrary once: generation builds many from the same few parameters. */
export function memo<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = build(key)));
    return value;
  };
}

/** A valid value of `family`; `scaleMax` is the scale a survey call uses. */
export const validValue = (family: Family, scaleMax: number): fc.Arbitrary<unknown> =>
  validValues(JSON.stringify([family, scaleMax]));

const validValues = memo((key): fc.Arbitrary<unknown> => {
  const [family, scaleMax] = JSON.parse(key) as [Family, number];
  switch (family.name) {
    case "count":
      return counts;
    case "amount":
      return amounts;
    case "fraction":
      return fractions;
    case "date":
      return dates;
    case "number":
      return fc.oneof(
        fc.integer({ min: -20, max: 40 }),
        fc.double({ noNaN: true, noDefaultInfinity: true })
      );
    case "score":
      return fc.integer({
        min: family.min,
        max: family.max === "scale_max" ? scaleMax : family.max,
      });
    case "scale":
      return fc.integer({ min: 2, max: 12 });
    case "threshold":
      return fc.integer({ min: 1, max: scaleMax });
    case "flag":
      return fc.constantFrom(true, false, 1, 0);
    case "option":
      return fc.mixedCase(fc.constantFrom(...family.options));
    case "confidence":
      return confidences;
  }
});

/** Anything a cell can hold, with valid values of `family` among them. */
export const wildItem = (family: Family, scaleMax: number): fc.Arbitrary<unknown> =>
  wildItems(JSON.stringify([family, scaleMax]));

const wildItems = memo((key): fc.Arbitrary<unknown> => {
  const [family, scaleMax] = JSON.parse(key) as [Family, number];
  return fc.oneof(
    { weight: 3, arbitrary: validValue(family, scaleMax) },
    { weight: 2, arbitrary: blank },
    { weight: 3, arbitrary: skippable },
    { weight: 3, arbitrary: oddNumber },
    { weight: 1, arbitrary: fc.oneof(oddNumber, counts).map(formatted) },
    { weight: 1, arbitrary: errorValue }
  );
});
