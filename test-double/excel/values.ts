/**
 * How Excel takes what is written to `values`/`formulas` (it parses text as if typed: "=…" is a
 * formula, "12" a number, "TRUE" a boolean, "'12" the text 12; a cell formatted "@" keeps text),
 * and how it reports cells back through `values`, `formulas` and `valueTypes`.
 */
import { Content, isError, isFormula } from "./cells";
import { FormulaValue } from "./formulas";

export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

/** What the fake shows for a formula it cannot compute (valueType "Error"). */
export const UNSUPPORTED = "#UNSUPPORTED!";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Text Excel would turn into a date, time, percentage, currency or grouped number. */
const EXCEL_WOULD_CONVERT =
  /^\s*([-+(]?\s*[$€£¥]?\s*[\d.,]+\s*%?\)?|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?)\s*$/;

export type InputResult =
  { readonly keep: true } | { readonly content: Content | undefined; readonly note?: string };

/** A value written to a cell (`textFormat` when the cell is formatted "@"). */
export function interpretInput(input: unknown, textFormat: boolean): InputResult | undefined {
  if (input === null || input === undefined) return { keep: true };
  if (typeof input === "number") return Number.isFinite(input) ? { content: input } : undefined;
  if (typeof input === "boolean") return { content: input };
  if (typeof input !== "string") return undefined;
  if (input === "") return { content: undefined };
  if (textFormat) return { content: input };
  if (input.startsWith("'")) return { content: input.slice(1) || undefined };
  if (input.startsWith("=") && input.length > 1) return { content: { formula: input } };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { content: Number(trimmed) };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { content: upper === "TRUE" };
  if (ERROR_LITERALS.has(upper)) return { content: { error: upper } };
  if (EXCEL_WOULD_CONVERT.test(input)) {
    return { content: input, note: `Excel would convert the text "${input}" to a number or date` };
  }
  return { content: input };
}

/** `Range.values` of a computed cell. */
export function displayValue(v: FormulaValue): number | string | boolean {
  if (v === null) return "";
  if (typeof v === "object") return "error" in v ? v.error : UNSUPPORTED;
  return v;
}

/** `Range.valueTypes` of a computed cell. */
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueType(v: FormulaValue): ValueType {
  if (v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  return "Error";
}

/** `Range.formulas` of a cell: its formula, else its constant ("" when empty). */
export function formulaText(c: Content | undefined): number | string | boolean {
  if (c === undefined) return "";
  if (isFormula(c)) return c.formula;
  if (isError(c)) return c.error;
  return c;
}
