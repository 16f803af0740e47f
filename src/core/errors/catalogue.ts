/**
 * The error catalogue of functions.md §2: every error a CS function can return,
 * keyed by a stable id, with the Excel error it shows and its English message.
 * Tests assert ids; translators work from this one table.
 */
export const ERROR_CATALOGUE = {
  "arg-missing": { excel: "#VALUE!", template: "{arg} is empty. Enter a number." },
  "arg-not-number": {
    excel: "#VALUE!",
    template: "{arg} must be a number, not text or TRUE/FALSE.",
  },
  "arg-not-single": {
    excel: "#VALUE!",
    template: "{arg} must be a single value, not a range of {rows}×{cols}.",
  },
  "arg-bad-option": { excel: "#VALUE!", template: "{arg} must be one of: {options}." },
  "range-size-mismatch": {
    excel: "#VALUE!",
    template:
      "{arg1} is {rows1}×{cols1} but {arg2} is {rows2}×{cols2}. They must be the same size.",
  },
  "range-not-vector": {
    excel: "#VALUE!",
    template: "{arg} must be a single row or a single column; it is {rows}×{cols}.",
  },
  "item-not-date": {
    excel: "#VALUE!",
    template: "{arg}: item {item} (row {row}, column {col}) must be a date or empty.",
  },
  "item-not-number": {
    excel: "#VALUE!",
    template: "{arg}: item {item} (row {row}, column {col}) must be a number.",
  },
  "item-not-flag": {
    excel: "#VALUE!",
    template: "{arg}: item {item} (row {row}, column {col}) must be TRUE, FALSE, 1 or 0.",
  },
  "not-non-negative": { excel: "#NUM!", template: "{arg} must not be negative." },
  "not-integer": { excel: "#NUM!", template: "{arg} must be a whole number." },
  "score-out-of-scale": {
    excel: "#NUM!",
    template: "{arg}: item {item} is {value}, outside {min}..{max}.",
  },
  "bad-scale": { excel: "#NUM!", template: "scale_max must be a whole number of at least 2." },
  "bad-threshold": {
    excel: "#NUM!",
    template: "{arg} must be a whole number from 1 to scale_max.",
  },
  "part-exceeds-whole": {
    excel: "#NUM!",
    template: "{part} ({a}) cannot be greater than {whole} ({b}).",
  },
  "fraction-out-of-range": {
    excel: "#NUM!",
    template: "{arg} must be between 0 and 1 (for example 6.4% or 0.064).",
  },
  "date-out-of-range": { excel: "#NUM!", template: "{arg} must be a date between 1900 and 9999." },
  "date-order": { excel: "#NUM!", template: "{later} ({b}) is before {earlier} ({a})." },
  "zero-denominator": { excel: "#DIV/0!", template: "{arg} is zero." },
  "no-values": { excel: "#DIV/0!", template: "{arg} contains no valid values." },
} as const;

/** Ids of the errors the core itself decides (everything but a propagated input error). */
export type CatalogueId = keyof typeof ERROR_CATALOGUE;

/** Every error id of functions.md §2, including `input-error` (an error value received as input). */
export type ErrorId = CatalogueId | "input-error";

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters a catalogue message needs, checked at compile time against its template. */
export type ErrorParams<Id extends CatalogueId> = {
  readonly [Name in Placeholders<(typeof ERROR_CATALOGUE)[Id]["template"]>]: string | number;
};
