/**
 * What a function of the built bundle returned, read as Excel reads it and checked for form
 * (functions.md §1 "Results"): one error object, never spilled; or the result's numbers, each a
 * number, a rate as `{type: "Double", basicValue, numberFormat: "0.0%"}` (the bundle is
 * loaded with CustomFunctionsRuntime 1.4), a spilled result as one row. Whether the numbers are
 * finite and in their domain is checked by ./properties.ts.
 */
import fc from "fast-check";
import { RuntimeError } from "../support/bundle";
import { ResultItem, ResultSpec } from "./specs";

export type Outcome =
  | { readonly kind: "value"; readonly numbers: readonly number[] }
  | { readonly kind: "error"; readonly code: string; readonly message: string };

export function readOutcome(result: unknown, spec: ResultSpec): Outcome {
  if (result instanceof RuntimeError) {
    return { kind: "error", code: result.code, message: result.message };
  }
  const items = spec.items.length === 1 ? [result] : spilledRow(result, spec.items.length);
  return { kind: "value", numbers: items.map((item, i) => readNumber(item, spec.items[i])) };
}

function spilledRow(result: unknown, length: number): readonly unknown[] {
  const row = Array.isArray(result) && result.length === 1 ? (result[0] as unknown) : undefined;
  if (!Array.isArray(row) || row.length !== length) {
    throw new Error(`expected a spilled 1×${length} row or an error, got ${show(result)}`);
  }
  return row;
}

function readNumber(item: unknown, spec: ResultItem): number {
  const value = spec.format === "rate" ? rateValue(item) : item;
  if (typeof value !== "number") {
    throw new Error(`expected a ${spec.format}, got ${show(item)}`);
  }
  return value;
}

function rateValue(item: unknown): unknown {
  const { type, basicValue, numberFormat, ...rest } = (item ?? {}) as Record<string, unknown>;
  const isRate = type === "Double" && numberFormat === "0.0%" && Object.keys(rest).length === 0;
  return isRate ? basicValue : undefined;
}

/**
 * A result for a failure message. The bundle runs in its own realm, where fast-check's stringify
 * does not recognise plain objects and arrays; they are copied into this realm first.
 */
export function show(value: unknown): string {
  const local = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(local);
    if (v === null || typeof v !== "object" || v instanceof RuntimeError) return v;
    return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, local(item)]));
  };
  return fc.stringify(local(value));
}
