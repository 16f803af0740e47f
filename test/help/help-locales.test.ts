/**
 * The help page's language (help-locale.ts), its words in every language (src/help/locales), and
 * the example error messages read back into parameters so they can be shown translated.
 */
import { CatalogueId, ERROR_CATALOGUE } from "../../src/core/errors/catalogue";
import { fillTemplate } from "../../src/core/errors/kpi-error";
import { exampleMessage, paramsOf } from "../../src/help/example-messages";
import { BLANK_CELL } from "../../src/help/function-help";
import { helpLocale, metadataFile } from "../../src/help/help-locale";
import { HELP_STRINGS } from "../../src/help/locales";
import { HELP_EN } from "../../src/help/locales/en";
import { catalogueMessage } from "../../src/i18n/error-messages";
import { LOCALES, RTL_LOCALES } from "../../src/i18n/locale";
import { CASE_FUNCTIONS, isExpectedError, loadCases } from "../support/cases";
import {
  excelNames,
  firstStrong,
  numbers,
  placeholders,
  scriptProblems,
} from "../support/translation-checks";

describe("helpLocale", () => {
  it.each([
    ["?lang=ar", "en-US", "en-US", "ar"],
    ["?lang=zh-CN", undefined, "ro-RO", "zh-CN"],
    ["?lang=de", "ar-SA", "ar-SA", "en"], // an explicit language CS Metrics does not speak
    ["", "fa-IR", "en-US", "fa"],
    ["", undefined, "ro-RO", "ro"],
    ["", undefined, "zh-TW", "en"],
    ["#NPS", undefined, undefined, "en"],
  ])("%s, Office %s, browser %s → %s", (search, office, browser, expected) =>
    expect(helpLocale(search, office, browser)).toBe(expected)
  );
});

it("reads the function metadata file the build writes for each language", () => {
  const { METADATA_LOCALES } = require("../../scripts/localize-functions") as {
    METADATA_LOCALES: string[];
  };
  expect(LOCALES.filter((l) => l !== "en").map(metadataFile)).toEqual(
    METADATA_LOCALES.map((suffix) => `functions-${suffix}.json`)
  );
  expect(metadataFile("en")).toBe("functions.json");
});

it("names a blank cell as scripts/examples.js lists it", () => {
  const { renderCall } = require("../../scripts/examples") as {
    renderCall(name: string, args: unknown[]): { ranges: string[] };
  };
  expect(renderCall("NPS", [[[1], [null]]]).ranges).toEqual([`B2:B3 = 1, ${BLANK_CELL}`]);
});

describe.each(LOCALES.filter((l) => l !== "en"))("the %s help strings", (locale) => {
  const strings = HELP_STRINGS[locale];
  it("have the English keys, placeholders, numbers and Excel names, translated", () => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(HELP_EN).sort());
    for (const [key, english] of Object.entries(HELP_EN)) {
      const text = strings[key as keyof typeof HELP_EN];
      expect([key, placeholders(text), numbers(text), excelNames(text)]).toEqual([
        key,
        placeholders(english),
        numbers(english),
        excelNames(english),
      ]);
      expect([key, scriptProblems(locale, text)]).toEqual([key, []]);
      if (/[a-z]{3}/.test(english)) expect([key, text]).not.toEqual([key, english]);
      if (RTL_LOCALES.has(locale) && key !== "functionTitle")
        expect([key, firstStrong(text)]).toEqual([
          key,
          expect.stringMatching(/\p{Script=Arabic}/u),
        ]);
    }
  });
});

describe("the error rows of every spec table", () => {
  const rows = CASE_FUNCTIONS.map(loadCases).flatMap((table) =>
    table.rows.flatMap((row) =>
      isExpectedError(row.expect) ? [{ fn: table.function, n: row.n, ...row.expect }] : []
    )
  );
  const catalogued = rows.filter((r) => r.id in ERROR_CATALOGUE);

  it("are there to read", () => expect(catalogued.length).toBeGreaterThan(50));

  it.each(catalogued.map((r) => [`${r.fn} #${r.n}`, r] as const))(
    "%s: its English message gives back parameters that rebuild it",
    (_, row) => {
      const params = paramsOf(row.id as CatalogueId, row.message);
      expect(params).toBeDefined();
      expect(fillTemplate(ERROR_CATALOGUE[row.id as CatalogueId].template, params!)).toBe(
        row.message
      );
    }
  );
});

it("shows an example's message in the reader's language", () => {
  const english = "scores: item 2 is 11, outside 0..10.";
  const params = { arg: "scores", item: "2", value: "11", min: "0", max: "10" };
  expect(paramsOf("score-out-of-scale", english)).toEqual(params);
  expect(exampleMessage("score-out-of-scale", english, "zh-CN")).toBe(
    catalogueMessage("score-out-of-scale", params, "zh-CN")
  );
  expect(exampleMessage("score-out-of-scale", english, "en")).toBe(english);
  expect(paramsOf("score-out-of-scale", "something else")).toBeUndefined();
});
