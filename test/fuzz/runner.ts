/**
 * Runs a property with fast-check under the suite's settings, read from the environment:
 * FUZZ_RUNS argument sets per property (default 10,000), and FUZZ_SEED with FUZZ_PATH to replay
 * a failure (without FUZZ_SEED every run draws a new seed). A failure reports what was broken,
 * fast-check's counterexample, and the command that replays it.
 */
import fc from "fast-check";

export const FUZZ_RUNS = integerFromEnv("FUZZ_RUNS", 1) ?? 10_000;
const FUZZ_SEED = integerFromEnv("FUZZ_SEED", -(2 ** 31));
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;
if (FUZZ_PATH && FUZZ_SEED === undefined) {
  throw new Error("FUZZ_PATH replays a failure only together with its FUZZ_SEED.");
}

function integerFromEnv(name: string, min: number): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, not "${text}".`);
  }
  return value;
}

/**
 * Checks `predicate` (which throws when a property is broken) on FUZZ_RUNS values of
 * `arbitrary`. `testPattern` selects, with `jest -t`, the test that runs this check.
 */
export function fuzz<T>(
  testPattern: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void
): void {
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      predicate(value);
    }),
    { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, path: FUZZ_PATH }
  );
  if (!details.failed) return;
  const broken =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : fc.stringify(details.errorInstance);
  const replay =
    `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} ` +
    `npx jest test/fuzz -t "${testPattern}"`;
  throw new Error(
    `${broken}\n\n${fc.defaultReportMessage(details)}\n\nReplay this case with:\n  ${replay}\n`
  );
}
