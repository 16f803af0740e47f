/**
 * The error catalogue of docs/function-contract.md, "Errors": every error a CS function can return,
 * keyed by a stable id, with the Excel error it shows, its English message and what the user can do
 * about it (shown on the help pages). Tests assert ids; translators work from this one table.
 */
export const ERROR_CATALOGUE = {
  "arg-missing": {
    excel: "#VALUE!",
    template: "{arg} is empty. Enter a number.",
    advice: "Fill in the cell the argument refers to, or type a number.",
  },
  "arg-not-number": {
    excel: "#VALUE!",
    template: "{arg} must be a number, not text or TRUE/FALSE.",
    advice:
      "Enter a number: without quotes, units or a text %. Convert numbers stored as text with VALUE().",
  },
  "arg-not-single": {
    excel: "#VALUE!",
    template: "{arg} must be a single value, not a range of {rows}×{cols}.",
    advice: "Refer to one cell, not a range.",
  },
  "arg-bad-option": {
    excel: "#VALUE!",
    template: "{arg} must be one of: {options}.",
    advice: "Type one of the listed options, in quotes.",
  },
  "range-size-mismatch": {
    excel: "#VALUE!",
    template:
      "{arg1} is {rows1}×{cols1} but {arg2} is {rows2}×{cols2}. They must be the same size.",
    advice: "Select ranges with the same number of rows and columns, aligned row by row.",
  },
  "range-not-vector": {
    excel: "#VALUE!",
    template: "{arg} must be a single row or a single column; it is {rows}×{cols}.",
    advice: "Select a single row or a single column.",
  },
  "item-not-date": {
    excel: "#VALUE!",
    template: "{arg}: item {item} (row {row}, column {col}) must be a date or empty.",
    advice:
      "Enter a real date (not text) or leave the cell empty. Convert text dates with DATEVALUE().",
  },
  "item-not-number": {
    excel: "#VALUE!",
    template: "{arg}: item {item} (row {row}, column {col}) must be a number.",
    advice: "Enter a number in that cell.",
  },
  "item-not-flag": {
    excel: "#VALUE!",
    template: "{arg}: item {item} (row {row}, column {col}) must be TRUE, FALSE, 1 or 0.",
    advice: "Enter TRUE, FALSE, 1 or 0 in that cell.",
  },
  "not-non-negative": {
    excel: "#NUM!",
    template: "{arg} must not be negative.",
    advice: "Enter 0 or more.",
  },
  "not-integer": {
    excel: "#NUM!",
    template: "{arg} must be a whole number.",
    advice: "Enter a whole number. Wrap a computed value in ROUND(…, 0).",
  },
  "score-out-of-scale": {
    excel: "#NUM!",
    template: "{arg}: item {item} is {value}, outside {min}..{max}.",
    advice: "Correct or remove that answer, or set scale_max to the survey's real scale.",
  },
  "bad-scale": {
    excel: "#NUM!",
    template: "scale_max must be a whole number of at least 2.",
    advice: "Set scale_max to the top of the survey's scale, such as 5, 7 or 10.",
  },
  "bad-threshold": {
    excel: "#NUM!",
    template: "{arg} must be a whole number from 1 to scale_max.",
    advice: "Choose a whole number from 1 to scale_max, or leave it empty for the default.",
  },
  "part-exceeds-whole": {
    excel: "#NUM!",
    template: "{part} ({a}) cannot be greater than {whole} ({b}).",
    advice: "Check that both values describe the same period and the same customers.",
  },
  "fraction-out-of-range": {
    excel: "#NUM!",
    template: "{arg} must be between 0 and 1 (for example 6.4% or 0.064).",
    advice: "Type the rate as a percentage (6.4%) or a fraction (0.064), not as 6.4.",
  },
  // The confidence level of an interval or test, strictly between 0 and 1.
  "bad-confidence": {
    excel: "#NUM!",
    template: "{arg} must be greater than 0 and less than 1 (for example 95% or 0.95).",
    advice:
      "Type the confidence level as a percentage (95%) or a fraction (0.95), or leave it empty for 95%.",
  },
  "date-out-of-range": {
    excel: "#NUM!",
    template: "{arg} must be a date between 1900 and 9999.",
    advice: "Enter dates between 1900 and 9999.",
  },
  "date-order": {
    excel: "#NUM!",
    template: "{later} ({b}) is before {earlier} ({a}).",
    advice: "Check the two dates: the later one cannot come before the earlier one.",
  },
  "zero-denominator": {
    excel: "#DIV/0!",
    template: "{arg} is zero.",
    advice: "The value divided by is zero, so the KPI is undefined: check the input or the period.",
  },
  // Not in the original catalogue, which had no rule for a result no double can hold: Excel itself
  // gives #NUM! for =1E300*1E300, and a CS function must never return ±Infinity or NaN.
  "result-too-large": {
    excel: "#NUM!",
    template: "The result is too large for Excel (beyond ±1.8E308).",
    advice: "Check the units and sizes of the inputs: one of them is far too large or too small.",
  },
  "no-values": {
    excel: "#DIV/0!",
    template: "{arg} contains no valid values.",
    advice: "Check that the range refers to the right cells and that they hold numbers, not text.",
  },
} as const;

/** Ids of the errors the core itself decides (everything but a propagated input error). */
export type CatalogueId = keyof typeof ERROR_CATALOGUE;

/** Every error id of the catalogue, including `input-error` (an error value received as input). */
export type ErrorId = CatalogueId | "input-error";

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters a catalogue message needs, checked at compile time against its template. */
export type ErrorParams<Id extends CatalogueId> = {
  readonly [Name in Placeholders<(typeof ERROR_CATALOGUE)[Id]["template"]>]: string | number;
};
