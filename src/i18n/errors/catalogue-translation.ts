import { CatalogueId } from "../../core/errors/catalogue";

/**
 * One language's version of the error catalogue (docs/function-contract.md, "Errors", "Languages"):
 * for every id, the message template with exactly the English placeholders, and the advice shown
 * with it. The type makes a missing or unknown id a compile error; test/i18n checks placeholders
 * and numbers.
 */
export type CatalogueTranslation = {
  readonly [Id in CatalogueId]: { readonly template: string; readonly advice: string };
};
