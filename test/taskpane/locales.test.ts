/**
 * The pane's and the Share tab's five resource files: identical keys, real translations, the §11
 * locale choice.
 */
import { PANE_TABLES, loadPaneLanguage } from "../../src/taskpane/locales";
import { SHARE_TABLES, loadShareText } from "../../src/taskpane/share-locales";
import { placeholders } from "../support/translation-checks";

type Tables = Readonly<Record<string, () => Promise<Readonly<Record<string, string>>>>>;

/**
 * The pane's tables and the Share tab's: `same` may read as in English (a product name, only
 * placeholders and punctuation); `copies` are English spellings a language shares.
 */
describe.each<[string, Tables, string[], Record<string, string[]>]>([
  ["pane", PANE_TABLES, ["tabsLabel"], { ro: ["minmax"] }], // Romanian "Min–max"
  ["Share", SHARE_TABLES, ["shareFunctionCount", "shareSentence", "shareSentenceJoin"], {}],
])("%s strings", (_name, TABLES, same, copiesOf) => {
  const LOCALES = Object.keys(TABLES);
  let strings: Record<string, Readonly<Record<string, string>>>;

  beforeAll(async () => {
    const tables = await Promise.all(LOCALES.map((l) => TABLES[l]()));
    strings = Object.fromEntries(LOCALES.map((l, i) => [l, tables[i]]));
  });

  test("the five locales", () => {
    expect(LOCALES).toEqual(["en", "ar", "fa", "ro", "zh-CN"]);
  });

  test.each(LOCALES)("%s has exactly the English keys, each non-empty, same placeholders", (l) => {
    const en = strings.en;
    expect(Object.keys(strings[l]).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(strings[l])) {
      expect([key, text.trim() !== ""]).toEqual([key, true]);
      expect([key, placeholders(text)]).toEqual([key, placeholders(en[key])]);
    }
  });

  test.each(LOCALES.filter((l) => l !== "en"))("%s is translated, not copied", (l) => {
    const copies = Object.entries(strings[l])
      .filter(([key, text]) => !same.includes(key) && text === strings.en[key])
      .map(([key]) => key);
    expect(copies).toEqual(copiesOf[l] ?? []);
  });
});

test("Share sentences: the Arabic semicolon in ar and fa, full-width punctuation in zh-CN", async () => {
  const [ar, fa, zh] = await Promise.all([
    SHARE_TABLES.ar(),
    SHARE_TABLES.fa(),
    SHARE_TABLES["zh-CN"](),
  ]);
  expect([ar.shareSentenceJoin, fa.shareSentenceJoin, zh.shareSentence]).toEqual([
    "؛ ",
    "؛ ",
    "{parts}。",
  ]);
});

test("the Share tab's text: Share keys from its table, other keys from the pane's", async () => {
  const pane = await loadPaneLanguage("ar-SA");
  const t = await loadShareText(pane);
  expect([t("shareCheck"), t("cancel")]).toEqual(["فحص المصنف", pane.text("cancel")]);
  expect(t("shareRestored", { restored: 3 })).toContain("3");
});

test.each<[string, string, "ltr" | "rtl", string]>([
  ["en-US", "en", "ltr", "Back"],
  ["ar-SA", "ar", "rtl", "السابق"],
  ["ar-EG", "ar", "rtl", "السابق"],
  ["fa-IR", "fa", "rtl", "قبلی"],
  ["ro-RO", "ro", "ltr", "Înapoi"],
  ["zh-CN", "zh-CN", "ltr", "上一步"],
  ["zh-Hans-HK", "zh-CN", "ltr", "上一步"],
  ["zh-SG", "zh-CN", "ltr", "上一步"],
  ["zh-TW", "en", "ltr", "Back"],
  ["de-DE", "en", "ltr", "Back"],
  ["", "en", "ltr", "Back"],
])("display language %j → %s, %s", async (tag, locale, dir, back) => {
  const language = await loadPaneLanguage(tag);
  expect([language.locale, language.dir, language.text("back")]).toEqual([locale, dir, back]);
});

test("placeholders are filled; unknown ones stay visible", async () => {
  const en = await loadPaneLanguage("en-US");
  expect(en.text("built", { sheet: "Health Score", accounts: 300, metrics: 3 })).toBe(
    "Built Health Score: 300 accounts, 3 metrics"
  );
  expect(en.text("progress", { done: 2 })).toBe("2 of {total}");
});
