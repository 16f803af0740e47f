/**
 * Function metadata per language (functions.md §9): dist/functions-<locale>.json, which the build
 * writes from dist/functions.json and the translation table src/functions/locales/<locale>.json.
 * A translated file may differ from the English one in descriptions only; every description is
 * translated (none is the English text), keeps the English numbers and Excel names, and is
 * written in the right script.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DIST } from "../support/bundle";

interface Parameter {
  name: string;
  description: string;
  [key: string]: unknown;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  [key: string]: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
type Table = Record<string, { description: string; parameters: Record<string, string> }>;

const localize = require("../../scripts/localize-functions") as {
  METADATA_LOCALES: string[];
  loadTable(locale: string): Table;
  translationProblems(metadata: Metadata, table: unknown, locale: string): string[];
};

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, "utf8")) as T;
const english = readJson<Metadata>(join(DIST, "functions.json"));

/** Every text of a metadata file, labelled "ID" or "ID(parameter)", in file order. */
const texts = (metadata: Metadata): [string, string][] =>
  metadata.functions.flatMap((fn) => [
    [fn.id, fn.description] as [string, string],
    ...fn.parameters.map((p) => [`${fn.id}(${p.name})`, p.description] as [string, string]),
  ]);

/** The metadata without its descriptions: what must be identical in every language. */
const withoutDescriptions = (metadata: Metadata): unknown =>
  JSON.parse(
    JSON.stringify(metadata, (key, value: unknown) => (key === "description" ? undefined : value))
  );

/** Numbers as written (0, 10, 6.4, 412.5…), without repeats. */
const numbers = (text: string) => [...new Set(text.match(/\d+(?:\.\d+)?/g) ?? [])].sort();
/** What the user types as it is: parameter names, CS.* functions, ranges, "median"/"mean". */
const excelNames = (text: string) =>
  [
    ...new Set(
      text.match(/\b[a-z]+(?:_[a-z]+)+\b|CS\.[A-Z]+|\b[A-Z]+\d+:[A-Z]+\d+\b|"[a-z]+"/g) ?? []
    ),
  ].sort();
/** Invisible direction marks and embeddings: plain tooltip text needs none, and a stray one hides. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The script each language is written in, checked on its first letter outside names and acronyms. */
const SCRIPTS: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ro: /\p{Script=Latin}/u,
  "zh-cn": /\p{Script=Han}/u,
};
/** Letters of the other Arabic-script language: Persian ی ک must not appear in Arabic, ي ك not in Persian. */
const WRONG_LETTERS: Record<string, RegExp | undefined> = {
  ar: /[\u06cc\u06a9]/,
  fa: /[\u064a\u0643]/,
};

test("the build writes one metadata file for each of ar, fa, ro and zh-CN", () => {
  expect(localize.METADATA_LOCALES).toEqual(["ar", "fa", "ro", "zh-cn"]);
});

describe.each(localize.METADATA_LOCALES)("functions-%s.json", (locale) => {
  const built = readJson<Metadata>(join(DIST, `functions-${locale}.json`));
  const table = localize.loadTable(locale);

  test("its table translates every function and parameter, and nothing else", () => {
    expect(localize.translationProblems(english, table, locale)).toEqual([]);
  });

  test("differs from functions.json in descriptions only: same ids, names, parameters, URLs", () => {
    expect(withoutDescriptions(built)).toEqual(withoutDescriptions(english));
  });

  test("has exactly the descriptions of its table", () => {
    for (const fn of built.functions) {
      expect([fn.id, fn.description]).toEqual([fn.id, table[fn.id].description]);
      for (const p of fn.parameters) {
        expect([fn.id, p.name, p.description]).toEqual([
          fn.id,
          p.name,
          table[fn.id].parameters[p.name],
        ]);
      }
    }
  });

  describe.each(texts(english).map(([label, text], k) => [label, text, k] as const))(
    "%s",
    (_label, englishText, k) => {
      const [, translated] = texts(built)[k];

      test("is translated: not the English text", () => {
        expect(translated).not.toBe(englishText);
      });

      test("keeps the English numbers and Excel names", () => {
        expect(numbers(translated)).toEqual(numbers(englishText));
        expect(excelNames(translated)).toEqual(excelNames(englishText));
      });

      test("is in the language's script, with no invisible direction marks", () => {
        const prose = excelNames(translated)
          .reduce((text, name) => text.split(name).join(""), translated)
          .replace(/\b[A-Z][A-Z0-9]+\b/g, ""); // acronyms kept as they are: NPS, MRR, DAU…
        expect(prose.match(/\p{L}/u)?.[0]).toMatch(SCRIPTS[locale]);
        expect(translated).not.toMatch(BIDI_CONTROLS);
        if (WRONG_LETTERS[locale]) expect(translated).not.toMatch(WRONG_LETTERS[locale]!);
      });
    }
  );
});

describe("translationProblems catches a broken table", () => {
  const table = localize.loadTable("ro");
  const copy = () => JSON.parse(JSON.stringify(table)) as Record<string, Record<string, unknown>>;
  const cases: [string, (t: Record<string, Record<string, unknown>>) => void, string][] = [
    ["a missing function", (t) => delete t.NPS, "ro: NPS is not translated"],
    ["an unknown function", (t) => (t.NPSX = t.NPS), "ro: NPSX is not a function"],
    ["an empty description", (t) => (t.CHURN.description = " "), "ro: CHURN has no description"],
    [
      "a missing parameter",
      (t) => delete (t.CSAT.parameters as Record<string, string>).scale_max,
      "ro: CSAT(scale_max) is not translated",
    ],
    [
      "an unknown parameter",
      (t) => ((t.CSAT.parameters as Record<string, string>).scale = "x"),
      "ro: CSAT has no parameter scale",
    ],
    ["an unknown key", (t) => (t.MRR.name = "VRL"), 'ro: MRR has an unknown key "name"'],
  ];
  it.each(cases)("%s", (_name, mutate, problem) => {
    const broken = copy();
    mutate(broken);
    expect(localize.translationProblems(english, broken, "ro")).toEqual([problem]);
  });
});
