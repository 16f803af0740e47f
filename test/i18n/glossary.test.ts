/**
 * Every translated string of the product uses its language's glossary term for each concept,
 * never a variant the glossary names: the pane, the health sheet and its messages, the error
 * catalogue, the function help (functions.json's translations), the help page and the manifest.
 */
import { DOMParser } from "@xmldom/xmldom";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { MESSAGES, OUTPUT_STRINGS } from "../../src/health-score/locales";
import { HELP_STRINGS } from "../../src/help/locales";
import { CATALOGUES } from "../../src/i18n/error-messages";
import { GLOSSARY } from "../../src/i18n/glossary";
import { PANE_TABLES } from "../../src/taskpane/locales";

type Language = keyof typeof GLOSSARY;
const LANGUAGES = Object.keys(GLOSSARY) as Language[];
const ROOT = join(__dirname, "..", "..");

/** Every string inside a value, with the path it was found at. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const MANIFEST_LOCALE: Readonly<Record<Language, string>> = {
  ar: "ar-SA",
  fa: "fa-IR",
  ro: "ro-RO",
  "zh-CN": "zh-CN",
};

function manifestOverrides(language: Language): [string, string][] {
  const doc = new DOMParser().parseFromString(
    readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    "text/xml"
  );
  const found: [string, string][] = [];
  for (const tag of ["Override", "bt:Override"])
    for (const el of Array.from(doc.getElementsByTagName(tag)))
      if (el.getAttribute("Locale") === MANIFEST_LOCALE[language])
        found.push([`manifest ${tag}`, el.getAttribute("Value") ?? ""]);
  return found;
}

function functionHelp(language: Language): [string, string][] {
  const file = readdirSync(join(ROOT, "src", "functions", "locales")).find(
    (f) => f === `${language.toLowerCase()}.json`
  );
  if (!file) throw new Error(`no function help for ${language}`);
  return strings(
    JSON.parse(readFileSync(join(ROOT, "src", "functions", "locales", file), "utf8")),
    file
  );
}

let resources: Record<Language, [string, string][]>;

beforeAll(async () => {
  const entries = await Promise.all(
    LANGUAGES.map(async (l) => {
      const found = [
        ...strings(await PANE_TABLES[l](), "pane"),
        ...strings(OUTPUT_STRINGS[l], "sheet"),
        ...strings(MESSAGES[l], "messages"),
        ...strings(CATALOGUES[l], "errors"),
        ...strings(HELP_STRINGS[l], "help"),
        ...functionHelp(l),
        ...manifestOverrides(l),
      ];
      return [l, found] as const;
    })
  );
  resources = Object.fromEntries(entries) as typeof resources;
});

describe.each(LANGUAGES)("%s", (language) => {
  test("its resources were all read", () => {
    expect(resources[language].length).toBeGreaterThan(300);
  });

  test.each(GLOSSARY[language].map((e) => [e.concept, e] as const))(
    "%s: only the glossary term, never a variant",
    (_, entry) => {
      const offending = resources[language].flatMap(([path, text]) =>
        entry.not
          .filter(({ pattern }) => pattern.test(text))
          .map(({ why }) => `${path}: ${JSON.stringify(text)} (${why}; use ${entry.term})`)
      );
      expect(offending).toEqual([]);
    }
  );
});
