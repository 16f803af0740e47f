import { CatalogueId } from "../../core/errors/catalogue";

/**
 * One language's version of the error catalogue (functions.md §2 and §9): for every id, the
 * message template with exactly the English placeholders, and the advice shown with it. The
 * type makes a missing or unknown id a compile error; test/i18n checks placeholders and numbers.
 */
export type CatalogueTranslation = {
  readonly [Id in CatalogueId]: { readonly template: string; readonly advice: string };
};

/**
 * Keeps a left-to-right expression (a formula such as ROUND(…, 0), or ±1.8E308) in one piece
 * inside Arabic or Persian text: without the isolate, the bidi algorithm moves its brackets,
 * sign and comma around the neighbouring right-to-left words.
 */
export const ltr = (expression: string): string => `\u2066${expression}\u2069`;
