/**
 * The properties every CS function keeps on any input (issue "The complete CS.* catalogue",
 * item 3). Each check throws an Error that says what was broken; fast-check reports it with the
 * arguments that broke it.
 */
import fc from "fast-check";
import { catalogueIdOf } from "./catalogue-messages";
import { firstInputError } from "./oracle-of-first-error";
import { Outcome, readOutcome, show } from "./outcome";
import { FunctionSpec, ResultSpec } from "./specs";

export type CsFunction = (...args: unknown[]) => unknown;

/** Calls a bundle function; it must return, never throw. */
export function call(fn: CsFunction, args: readonly unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    throw new Error(`threw ${String((error as Error | undefined)?.stack ?? error)}`);
  }
}

/**
 * What `result` must be for the encoded arguments `args`: the first input error, unchanged, when
 * there is one; otherwise a catalogue error, or finite numbers in the result's domain. Returns
 * the outcome, and for an error its catalogue id ("input-error" for a returned input error).
 */
export function checkResult(
  spec: FunctionSpec,
  args: readonly unknown[],
  result: unknown
): { outcome: Outcome; id?: string } {
  const outcome = readOutcome(result, spec.result);
  const input = firstInputError(args);
  if (input) {
    const expected: Outcome = { kind: "error", code: input.error, message: input.message ?? "" };
    const same =
      outcome.kind === "error" &&
      outcome.code === expected.code &&
      outcome.message === expected.message;
    if (!same) {
      throw new Error(
        `expected the first input error ${fc.stringify(expected)}, got ${fc.stringify(outcome)}`
      );
    }
    return { outcome, id: "input-error" };
  }
  if (outcome.kind === "error") {
    const id = catalogueIdOf(outcome.code, outcome.message);
    if (!id) throw new Error(`error not from the catalogue: ${outcome.code} "${outcome.message}"`);
    return { outcome, id };
  }
  if (!outcome.numbers.every(Number.isFinite)) {
    throw new Error(`returned ${show(result)}: not a finite number`);
  }
  checkDomain(outcome.numbers, spec.result);
  return { outcome };
}

/**
 * Arguments generated as valid (./arbitraries.ts `valid` runs: every value in its parameter's
 * family, relations respected) give a value, #DIV/0! (a zero denominator or no values, which
 * valid data can have) or, for huge amounts, #NUM! result-too-large; never another error.
 */
export function checkValidArguments(outcome: Outcome, id?: string): void {
  if (outcome.kind === "error" && outcome.code !== "#DIV/0!" && id !== "result-too-large") {
    throw new Error(`valid arguments gave ${outcome.code} "${outcome.message}"`);
  }
}

function checkDomain(numbers: readonly number[], spec: ResultSpec): void {
  numbers.forEach((value, i) => {
    const { min = -Infinity, max = Infinity, whole } = spec.items[i];
    if (!(value >= min && value <= max) || (whole && !Number.isInteger(value))) {
      const where = spec.items.length > 1 ? `item ${i + 1} ` : "";
      const domain = `${whole ? "a whole number in " : ""}${min}..${max}`;
      throw new Error(`result ${where}${value} is outside ${domain}`);
    }
  });
  if (spec.shares) {
    const sum = numbers.slice(0, spec.shares).reduce((total, share) => total + share, 0);
    if (!(Math.abs(sum - 1) <= 1e-12)) {
      throw new Error(`the first ${spec.shares} shares sum to ${sum}, not 1`);
    }
  }
}

/** functions.md §10: |a − e| ≤ 1e-12 × max(1, |e|). */
function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
}

const sameNumber = (actual: number, expected: number) =>
  Object.is(actual, expected) || close(actual, expected);

/** A value stays the same value (§10 precision) when the ranges' values are reordered. */
export function checkSameValue(original: Outcome, reordered: Outcome, what: string): void {
  if (original.kind !== "value") return;
  const same =
    reordered.kind === "value" &&
    reordered.numbers.every((value, i) => sameNumber(value, original.numbers[i]));
  if (!same) {
    throw new Error(
      `${what} changed the result from ${fc.stringify(original)} to ${fc.stringify(reordered)}`
    );
  }
}

/**
 * NPS on the same data as NPSBREAKDOWN: 100 × (promoters − detractors) when the breakdown is a
 * value, the same error (code and message) when it is an error.
 */
export function checkNpsAgainstBreakdown(nps: Outcome, breakdown: Outcome): void {
  if (breakdown.kind === "error") {
    if (nps.kind === "error" && nps.code === breakdown.code && nps.message === breakdown.message)
      return;
  } else {
    const [promoters, , detractors] = breakdown.numbers;
    const expected = 100 * (promoters - detractors);
    if (nps.kind === "value" && close(nps.numbers[0], expected)) return;
  }
  throw new Error(
    `NPS gave ${fc.stringify(nps)} where NPSBREAKDOWN gave ${fc.stringify(breakdown)}`
  );
}
