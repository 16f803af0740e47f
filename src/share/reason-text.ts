/**
 * Share's reasons in English sentences (the CLI prints them; the pane localises by id). Each
 * says why a formula keeps its value, or stays, instead of getting its native formula (the pane's
 * own reasons too, so every id has one English sentence).
 */
import { NO_NATIVE_REASONS, NoNativeReason } from "../native/native-table";
import { ShareReason } from "./share-report";

const TEXTS: Readonly<Record<Exclude<ShareReason["id"], NoNativeReason>, string>> = {
  "unreadable-formula": "the formula's text could not be read",
  "unknown-function": "this version of CS Metrics does not know the function",
  "argument-missing":
    "a required argument is empty: the function gives #VALUE!, its native formula would not",
  "too-many-arguments": "the call has more arguments than the function takes",
  "spill-inside-formula":
    "a function that spills its result over several cells is used inside a larger formula",
  "external-reference": "an argument refers to another workbook, which is never read",
  "value-differs":
    "on this workbook's data the native formula gives another value than the function (invalid data, such as a score outside its scale)",
  "unreadable-reference":
    "the formula refers to something that cannot be read here (another workbook or an undefined name)",
  "uncached-reference":
    "the formula refers to a formula cell saved without a value, so the result cannot be checked",
  "stale-value":
    "the value saved in the cell is not what the function gives on the saved data (the workbook was not recalculated before saving)",
  "not-checkable":
    "the result cannot be checked here (the formula uses something the checker does not evaluate)",
  "protected-sheet": "the sheet is protected, and Share never unprotects a sheet",
  "no-value": "the cell shows no value of its own to freeze",
  "defined-name": "a defined name: listed, its formula is not changed by this version",
  "spill-blocked": "the cells the result spills into hold formulas of their own",
};

/** One sentence, without a final full stop: the reason, with the values when known. */
export function reasonText(reason: ShareReason): string {
  const text =
    (NO_NATIVE_REASONS as Readonly<Record<string, string>>)[reason.id] ??
    TEXTS[reason.id as keyof typeof TEXTS];
  const values =
    "expected" in reason && reason.expected !== undefined
      ? ` (function: ${reason.expected}; ${reason.id === "stale-value" ? "saved" : "native formula"}: ${reason.actual})`
      : "actual" in reason && reason.actual !== undefined
        ? ` (${reason.actual})`
        : "";
  return `${text}${values}`;
}
