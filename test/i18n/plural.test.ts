/**
 * Counts in sentences per language, at 0, 1, 2, 3, 11, 20, 100 and 101. The expected words are
 * each language's grammar written out by hand: English one/other; Arabic zero, one, two, few
 * (3–10), many (11–99) and other (100–102); Romanian one, few (0, 2–19, 101–119) and "de" from 20;
 * Persian and Chinese one form after a number.
 */
import { message } from "../../src/health-score/locales";
import { choosePlurals, fillCounted } from "../../src/i18n/plural";
import { Locale } from "../../src/i18n/locale";
import { PANE_TABLES } from "../../src/taskpane/locales";

const COUNTS = [0, 1, 2, 3, 11, 20, 100, 101] as const;
const iso = (text: string | number) => `\u2068${text}\u2069`;

describe("the pane's snapshot message", () => {
  const EXPECTED: Readonly<Record<Locale, (n: number) => string>> = {
    en: (n) => `Snapshot saved: ${n} ${n === 1 ? "account" : "accounts"}.`,
    ar: (n) =>
      ({
        0: "حُفظت اللقطة: لا حسابات.",
        1: "حُفظت اللقطة: حساب واحد.",
        2: "حُفظت اللقطة: حسابان.",
        3: "حُفظت اللقطة: 3 حسابات.",
        11: "حُفظت اللقطة: 11 حسابًا.",
        20: "حُفظت اللقطة: 20 حسابًا.",
        100: "حُفظت اللقطة: 100 حساب.",
        101: "حُفظت اللقطة: 101 حساب.",
      })[n] as string,
    ro: (n) =>
      ({
        0: "Instantaneu salvat: 0 conturi.",
        1: "Instantaneu salvat: 1 cont.",
        2: "Instantaneu salvat: 2 conturi.",
        3: "Instantaneu salvat: 3 conturi.",
        11: "Instantaneu salvat: 11 conturi.",
        20: "Instantaneu salvat: 20 de conturi.",
        100: "Instantaneu salvat: 100 de conturi.",
        101: "Instantaneu salvat: 101 conturi.",
      })[n] as string,
    fa: (n) => `تصویر لحظه‌ای ذخیره شد: ${n} حساب.`,
    "zh-CN": (n) => `快照已保存：${n} 个客户。`,
  };
  describe.each(Object.keys(EXPECTED) as Locale[])("%s", (locale) => {
    it.each(COUNTS)("%i", async (n) => {
      const strings = await PANE_TABLES[locale]();
      expect(fillCounted(locale, strings.snapshotDone, { rows: n })).toBe(EXPECTED[locale](n));
    });
  });
});

describe("W01 (cells that are not numbers)", () => {
  const cells = ["C5", "C9"];
  const EXPECTED: Readonly<Record<Locale, (n: number) => string>> = {
    en: (n) =>
      n === 1
        ? "Usage: 1 cell is not a number (C5, C9) and is left out."
        : `Usage: ${n} cells are not numbers (C5, C9) and are left out.`,
    ar: (n) => {
      const c = `${iso("C5")}، ${iso("C9")}`;
      const text: Record<number, string> = {
        0: "لا توجد خلايا غير رقمية",
        1: `خلية واحدة غير رقمية (${c}) وتُحتسب قيمةً مفقودة`,
        2: `خليتان غير رقميتين (${c}) وتُحتسبان قيمتين مفقودتين`,
        3: `${iso(3)} خلايا غير رقمية (${c}) وتُحتسب قيمًا مفقودة`,
        11: `${iso(11)} خليةً غير رقمية (${c}) وتُحتسب قيمًا مفقودة`,
        20: `${iso(20)} خليةً غير رقمية (${c}) وتُحتسب قيمًا مفقودة`,
        100: `${iso(100)} خلية غير رقمية (${c}) وتُحتسب قيمًا مفقودة`,
        101: `${iso(101)} خلية غير رقمية (${c}) وتُحتسب قيمًا مفقودة`,
      };
      return `${iso("Usage")}: ${text[n]}.`;
    },
    ro: (n) => {
      const words =
        n === 1
          ? "celulă nu este număr (C5, C9) și contează ca valoare lipsă"
          : `${[20, 100].includes(n) ? "de " : ""}celule nu sunt numere (C5, C9) și contează ca valori lipsă`;
      return `Usage: ${n} ${words}.`;
    },
    fa: (n) => {
      const c = `${iso("C5")}، ${iso("C9")}`;
      return n <= 1
        ? `${iso(n)} سلول از ${iso("Usage")} (${c}) عدد نیست و داده گمشده به شمار می‌آید.`
        : `${iso(n)} سلول از ${iso("Usage")} (${c}) عدد نیستند و داده گمشده به شمار می‌آیند.`;
    },
    "zh-CN": (n) => `Usage 中有 ${n} 个单元格不是数字（C5、C9），按缺失值处理。`,
  };
  describe.each(Object.keys(EXPECTED) as Locale[])("%s", (locale) => {
    it.each(COUNTS)("%i", (n) => {
      expect(message(locale, "W01", { n, name: "Usage", cells })).toBe(EXPECTED[locale](n));
    });
  });
});

describe("choosePlurals", () => {
  it("picks an exact =N case before the category, and nested blocks by their own counts", () => {
    const t = "{n, plural, =0 {none} one {one {m, plural, one {item} other {items}}} other {{n}}}";
    expect(choosePlurals("en", t, { n: 0, m: 2 })).toBe("none");
    expect(choosePlurals("en", t, { n: 1, m: 2 })).toBe("one items");
    expect(choosePlurals("en", t, { n: 1, m: 1 })).toBe("one item");
    expect(choosePlurals("en", t, { n: 7, m: 1 })).toBe("{n}");
  });
  it("leaves text without blocks as it is", () => {
    expect(choosePlurals("ar", "Plain {n} text", { n: 3 })).toBe("Plain {n} text");
  });
  it.each([
    ["{n, plural, one {a}}", 'needs an "other" case'],
    ["{n, plural, one {a} other {b}", "Unclosed"],
    ["{n, plural, several {a} other {b}}", "Bad plural case"],
  ])("rejects the malformed %s", (template, error) => {
    expect(() => choosePlurals("en", template, { n: 1 })).toThrow(error);
  });
});
