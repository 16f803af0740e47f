/** The Share tab's five string tables: identical keys, real translations, pane keys fall back. */
import { loadPaneLanguage } from "../../src/taskpane/locales";
import { SHARE_TABLES, ShareStrings, loadShareText } from "../../src/taskpane/share-locales";

const LOCALES = Object.keys(SHARE_TABLES) as (keyof typeof SHARE_TABLES)[];
let TABLES: Record<(typeof LOCALES)[number], ShareStrings>;

beforeAll(async () => {
  const tables = await Promise.all(LOCALES.map((l) => SHARE_TABLES[l]()));
  TABLES = Object.fromEntries(LOCALES.map((l, i) => [l, tables[i]])) as typeof TABLES;
});
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

test("the five locales", () => {
  expect(LOCALES).toEqual(["en", "ar", "fa", "ro", "zh-CN"]);
});

test.each(LOCALES)("%s has exactly the English keys, each non-empty, same placeholders", (l) => {
  const en = TABLES.en;
  expect(Object.keys(TABLES[l]).sort()).toEqual(Object.keys(en).sort());
  for (const [key, text] of Object.entries(TABLES[l])) {
    expect([key, text.trim() !== ""]).toEqual([key, true]);
    expect([key, placeholders(text)]).toEqual([key, placeholders(en[key as keyof typeof en])]);
  }
});

/** Made only of placeholders and punctuation: may read as in English. */
const SAME_AS_ENGLISH = new Set(["shareFunctionCount", "shareSentence", "shareSentenceJoin"]);

test.each(LOCALES.filter((l) => l !== "en"))("%s is translated, not copied", (l) => {
  const copies = Object.entries(TABLES[l])
    .filter(([key, text]) => !SAME_AS_ENGLISH.has(key) && text === TABLES.en[key as "shareTitle"])
    .map(([key]) => key);
  expect(copies).toEqual([]);
});

test("right-to-left sentences use the Arabic semicolon; Chinese its full-width punctuation", () => {
  expect(TABLES.ar.shareSentenceJoin).toBe("؛ ");
  expect(TABLES.fa.shareSentenceJoin).toBe("؛ ");
  expect(TABLES["zh-CN"].shareSentence).toBe("{parts}。");
});

test("Share keys come from the Share table, other keys from the pane's", async () => {
  const t = await loadShareText(await loadPaneLanguage("ar-SA"));
  expect(t("shareCheck")).toBe("فحص المصنف");
  expect(t("cancel")).toBe((await loadPaneLanguage("ar-SA")).text("cancel"));
  expect(t("shareRestored", { restored: 3 })).toContain("3");
});
