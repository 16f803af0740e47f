/**
 * Whether two cell values are the same result (docs/function-contract.md, "Precision"): numbers
 * within |a − e| ≤ 1e-12 × max(1, |e|), errors by their code (as the formula engine's `{ error }`
 * objects or as the text Office.js reads), text and booleans exactly. Share's CLI check and the
 * pane's read-back both decide with it.
 */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "number" && typeof expected === "number")
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  if (isErrorValue(actual) && isErrorValue(expected)) return actual.error === expected.error;
  return actual === expected;
}

const isErrorValue = (v: unknown): v is { error: string } =>
  v !== null && typeof v === "object" && "error" in v;
