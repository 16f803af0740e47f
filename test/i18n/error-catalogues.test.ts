/**
 * The error catalogue in every language (functions.md §9): each translation has every id, exactly
 * the English placeholders and numbers, real text (never the English copy), and right-to-left
 * messages that are laid out right to left.
 */
import { ERROR_CATALOGUE, CatalogueId } from "../../src/core/errors/catalogue";
import { CATALOGUES } from "../../src/i18n/error-messages";
import { UNEXPECTED_FAILURE } from "../../src/i18n/errors/unexpected";
import { LOCALES, RTL_LOCALES } from "../../src/i18n/locale";
import {
  excelNames,
  firstStrong,
  numbers,
  placeholders,
  scriptProblems,
} from "../support/translation-checks";

const IDS = Object.keys(ERROR_CATALOGUE) as CatalogueId[];
const TRANSLATED = LOCALES.filter((locale) => locale !== "en");

describe.each(TRANSLATED)("the %s error catalogue", (locale) => {
  const catalogue = CATALOGUES[locale];

  test("has exactly the ids of the English catalogue", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...IDS].sort());
  });

  describe.each(IDS)("%s", (id) => {
    const english = ERROR_CATALOGUE[id];
    const translated = catalogue[id];

    test("template: exactly the English placeholders, numbers and Excel names", () => {
      expect(placeholders(translated.template)).toEqual(placeholders(english.template));
      expect(numbers(translated.template)).toEqual(numbers(english.template));
      expect(excelNames(translated.template)).toEqual(excelNames(english.template));
    });

    test("advice: the English numbers and Excel names, no placeholders", () => {
      expect(placeholders(translated.advice)).toEqual([]);
      expect(numbers(translated.advice)).toEqual(numbers(english.advice));
      expect(excelNames(translated.advice)).toEqual(excelNames(english.advice));
    });

    test("is written in the language's own script, with no hand-written bidi controls", () => {
      expect(scriptProblems(locale, translated.template)).toEqual([]);
      expect(scriptProblems(locale, translated.advice)).toEqual([]);
    });

    test("is translated, not the English text", () => {
      expect(translated.template).not.toBe(english.template);
      expect(translated.advice).not.toBe(english.advice);
      expect(translated.template.trim()).not.toBe("");
      expect(translated.advice.trim()).not.toBe("");
    });

    if (RTL_LOCALES.has(locale)) {
      test("starts with an Arabic-script word, so the message is laid out right to left", () => {
        expect(firstStrong(translated.template)).toMatch(/\p{Script=Arabic}/u);
        expect(firstStrong(translated.advice)).toMatch(/\p{Script=Arabic}/u);
      });
    }
  });
});

describe.each(TRANSLATED)("the %s message for an unexpected failure", (locale) => {
  const translated = UNEXPECTED_FAILURE[locale];

  test("has exactly the English placeholders and is translated", () => {
    expect(placeholders(translated)).toEqual(["{detail}", "{function}"]);
    expect(placeholders(UNEXPECTED_FAILURE.en)).toEqual(["{detail}", "{function}"]);
    expect(translated).not.toBe(UNEXPECTED_FAILURE.en);
  });

  if (RTL_LOCALES.has(locale)) {
    test("starts with an Arabic-script word", () => {
      expect(firstStrong(translated)).toMatch(/\p{Script=Arabic}/u);
    });
  }
});

test("the English catalogue is the source itself", () => {
  expect(CATALOGUES.en).toBe(ERROR_CATALOGUE);
});
