/** The pane's five resource files: identical keys, real translations, the §11 locale choice. */
import { PANE_TABLES, PaneStrings, loadPaneLanguage } from "../../src/taskpane/locales";

const LOCALES = Object.keys(PANE_TABLES) as (keyof typeof PANE_TABLES)[];
let PANE_STRINGS: Record<(typeof LOCALES)[number], PaneStrings>;

beforeAll(async () => {
  const tables = await Promise.all(LOCALES.map((l) => PANE_TABLES[l]()));
  PANE_STRINGS = Object.fromEntries(LOCALES.map((l, i) => [l, tables[i]])) as typeof PANE_STRINGS;
});
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

test("the five locales", () => {
  expect(LOCALES).toEqual(["en", "ar", "fa", "ro", "zh-CN"]);
});

test.each(LOCALES)("%s has exactly the English keys, each non-empty, same placeholders", (l) => {
  const en = PANE_STRINGS.en;
  const strings = PANE_STRINGS[l];
  expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
  for (const [key, text] of Object.entries(strings)) {
    expect([key, text.trim() !== ""]).toEqual([key, true]);
    expect([key, placeholders(text)]).toEqual([key, placeholders(en[key as keyof typeof en])]);
  }
});

/** Strings that may stay as in English: product names, and ones made only of placeholders. */
const SAME_AS_ENGLISH = new Set(["tabsLabel"]);

test.each(LOCALES.filter((l) => l !== "en"))("%s is translated, not copied", (l) => {
  const copies = Object.entries(PANE_STRINGS[l])
    .filter(([key, text]) => !SAME_AS_ENGLISH.has(key) && text === PANE_STRINGS.en[key as "back"])
    .map(([key]) => key);
  // Romanian spells a few words as English does ("Min–max").
  expect(copies).toEqual(l === "ro" ? ["minmax"] : []);
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
