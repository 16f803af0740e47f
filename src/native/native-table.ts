/**
 * The native-formula table: for every CS function, the Excel 2010 formulas that give its value on
 * valid data (docs/native-formulas.md), or why there are none. One row per function, grouped as
 * docs/functions.md orders them (one file per group); the Share converter, the LibreOffice parity
 * tests and the reference documentation all read it, so a function cannot ship without its native
 * form or an explicit "none" with the reason.
 */
import { ENGAGEMENT } from "./engagement";
import { HEALTH } from "./health";
import { NativeEntry, NoNativeReason } from "./native-entry";
import { RETENTION } from "./retention";
import { REVENUE } from "./revenue";
import { SURVEY } from "./survey";
import { UNCERTAINTY } from "./uncertainty";

export type {
  NativeArg,
  NativeEntry,
  NativeForms,
  NativeParam,
  NoNativeReason,
} from "./native-entry";

/** The reasons a call has no native form, in English (the pane and the CLI localise by id). */
export const NO_NATIVE_REASONS: Readonly<Record<NoNativeReason, string>> = {
  "median-needs-array":
    "TTV median: no native formula before Excel 365 (it needs an array formula)",
  "criteria-range-not-reference":
    "a range argument is a calculation, not a cell range, and COUNTIF accepts only cell ranges",
  "method-unknown": 'TTV: the method is not a known "mean" or "median"',
};

/** Every CS function's row, by id, in the order of docs/functions.md. */
export const NATIVE_TABLE: ReadonlyMap<string, NativeEntry> = new Map(
  [...SURVEY, ...RETENTION, ...REVENUE, ...ENGAGEMENT, ...HEALTH, ...UNCERTAINTY].map((entry) => [
    entry.id,
    entry,
  ])
);
