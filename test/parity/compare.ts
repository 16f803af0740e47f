/**
 * Compares what a CS function returned with what LibreOffice computed for the native formulas,
 * within functions.md §10: |a − e| ≤ 1e-12 × max(1, |e|). LibreOffice writes 15 significant
 * digits (oracles.md §1), an error of at most 5e-15 × |e|, far inside that bound. Counts (the
 * fourth item of NPSBREAKDOWN) are whole numbers below 1e12 here, so the bound makes them exact.
 */
import { ComputedValue } from "../support/libreoffice";
import { nativeEntry } from "./native";
import { ParityCase, ParitySpec, passed } from "./parity-spec";

/** The numbers of a result: a number, a formatted rate (`basicValue`), or a spilled row of them. */
export function resultItems(result: unknown): unknown[] {
  if (Array.isArray(result)) return result.flat().map((item) => resultItems(item)[0]);
  const basicValue = (result as { type?: unknown; basicValue?: unknown } | null)?.basicValue;
  return [typeof basicValue === "number" ? basicValue : result];
}

export function close(actual: unknown, expected: ComputedValue, slack: number): boolean {
  return (
    typeof actual === "number" &&
    typeof expected === "number" &&
    Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)) + slack
  );
}

export interface Computed {
  readonly formula: string;
  readonly value: ComputedValue;
}

/**
 * Why one case fails, or undefined when it passes. The function's result has as many items as
 * the table row's `spill` (one when absent); native formula i must equal item i modulo that, so
 * every form of a single result equals it, and each spilled row of forms equals the spilled row.
 */
export function caseFailure(
  spec: ParitySpec,
  parityCase: ParityCase,
  fn: (...args: unknown[]) => unknown,
  computed: readonly Computed[]
): string | undefined {
  const result = fn(...parityCase.args.map(passed));
  const items = resultItems(result);
  const slack = spec.slack?.(parityCase) ?? 0;
  const width = nativeEntry(spec.id).spill ?? 1;
  const paired = computed.map((native, i) => ({ native, item: items[i % width] }));
  const agree =
    items.length === width && paired.every(({ native, item }) => close(item, native.value, slack));
  if (agree) return undefined;
  return [
    `args ${JSON.stringify(parityCase.args)}`,
    ...computed.map(({ formula, value }) => `  LibreOffice =${formula} → ${JSON.stringify(value)}`),
    `  CS.${spec.id} → ${shown(result)}${slack ? ` (slack ${slack})` : ""}`,
  ].join("\n");
}

function shown(result: unknown): string {
  if (result instanceof Error)
    return `${(result as Error & { code?: string }).code} ${result.message}`;
  return JSON.stringify(result);
}
