/**
 * Defects the fuzzer found in functions on this branch and that are not fixed yet. The fuzz run
 * of the function tolerates only the symptom named here (every other property still holds for
 * it), and a probe reproduces the defect as a `test.failing` test: once the defect is fixed, the
 * probe fails and asks for its entry to be removed.
 */
export interface KnownDefect {
  readonly id: string;
  readonly symptom: "non-finite result";
  readonly why: string;
  /** Arguments (encoded as in test/cases) that show it. */
  readonly probe: readonly unknown[];
}

const OVERFLOW =
  "valid amounts whose product or quotient overflows a double: functions.md has no rule for a " +
  "result too large to represent, and the issue says a result is never ±Infinity or NaN";

export const KNOWN_DEFECTS: readonly KnownDefect[] = [
  { id: "NDR", symptom: "non-finite result", why: OVERFLOW, probe: [5e-324, 1e308, 0, 0] },
  { id: "CLV", symptom: "non-finite result", why: OVERFLOW, probe: [1e300, 1e300, 1, null] },
];

export function knownDefectOf(id: string): KnownDefect | undefined {
  return KNOWN_DEFECTS.find((defect) => defect.id === id);
}
