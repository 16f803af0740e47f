/**
 * Localisation (spec §4, §11): every locale has every output string and problem message with the
 * English placeholders and numbers, in its own script; the required output terms are exactly as
 * the table gives them; values inside right-to-left messages are isolated.
 */
import { layout } from "../../src/health-score/planner/layout";
import { LOCALES, Locale, OUTPUT_STRINGS } from "../../src/health-score";
import { MESSAGES, message } from "../../src/health-score/locales";
import { MESSAGES_EN } from "../../src/health-score/locales/en";
import {
  excelNames,
  firstStrong,
  groupedNumbers,
  placeholders,
  scriptProblems,
} from "../support/translation-checks";
import { MINMAX_CONFIG, MINMAX_SHEET, MemorySheet } from "./fixtures";
import { plan, problems, valueAt } from "./plan-support";

const REQUIRED: Record<string, [string, string, string, string, string]> = {
  sheet: ["Health Score", "درجة الصحة", "امتیاز سلامت", "Scor de sănătate", "健康评分"],
  history: ["Health History", "سجل الصحة", "تاریخچه سلامت", "Istoric sănătate", "健康历史"],
  green: ["Green", "أخضر", "سبز", "Verde", "绿色"],
  yellow: ["Yellow", "أصفر", "زرد", "Galben", "黄色"],
  red: ["Red", "أحمر", "قرمز", "Roșu", "红色"],
  nodata: ["No data", "لا توجد بيانات", "بدون داده", "Fără date", "无数据"],
  up: ["▲ Improving", "▲ تحسّن", "▲ بهبود", "▲ În creștere", "▲ 上升"],
  down: ["▼ Declining", "▼ تراجع", "▼ افت", "▼ În scădere", "▼ 下降"],
  flat: ["→ Stable", "→ مستقر", "→ پایدار", "→ Stabil", "→ 稳定"],
  account: ["Account", "الحساب", "حساب", "Cont", "客户"],
  score: ["Score", "الدرجة", "امتیاز", "Scor", "评分"],
  band: ["Band", "الفئة", "رده", "Categorie", "等级"],
};
const ORDER = ["en", "ar", "fa", "ro", "zh-CN"] as const;

const TRANSLATED = LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== "en");
const RTL = new Set<Locale>(["ar", "fa"]);
const FSI = "\u2068";
const PDI = "\u2069";

it("every locale has exactly the English keys, none empty", () => {
  const keys = Object.keys(OUTPUT_STRINGS.en).sort();
  for (const locale of LOCALES) {
    expect(Object.keys(OUTPUT_STRINGS[locale]).sort()).toEqual(keys);
    expect(Object.values(OUTPUT_STRINGS[locale]).every((v) => v.trim() !== "")).toBe(true);
  }
});

it.each(Object.entries(REQUIRED))("%s is exactly as §11 gives it", (key, values) =>
  ORDER.forEach((locale, i) =>
    expect(OUTPUT_STRINGS[locale][key as keyof typeof OUTPUT_STRINGS.en]).toBe(values[i])
  )
);

it("has an English message for every problem code", () => {
  for (let i = 1; i <= 21; i++)
    expect(MESSAGES_EN).toHaveProperty(`E${String(i).padStart(2, "0")}`);
  for (let i = 1; i <= 11; i++)
    expect(MESSAGES_EN).toHaveProperty(`W${String(i).padStart(2, "0")}`);
});

it.each(ORDER)(
  "%s: sheet name, headers and band words come from the locale; ar/fa are right to left",
  (locale) => {
    const p = plan({ ...MINMAX_CONFIG, locale }, [MINMAX_SHEET]);
    const s = OUTPUT_STRINGS[locale];
    const sheet = p.sheets[0];
    expect(sheet.name).toBe(s.sheet);
    expect(valueAt(sheet, "A1")).toBe(s.account);
    const band = layout(6, 3, "column", true).band;
    expect(sheet.fills.find((f) => f.column === band)?.formula).toContain(`"${s.yellow}"`);
    expect(sheet.rightToLeft).toBe(locale === "ar" || locale === "fa");
  }
);

describe.each(TRANSLATED)("%s resources", (locale) => {
  const tables = [
    ["output", OUTPUT_STRINGS.en, OUTPUT_STRINGS[locale]],
    ["message", MESSAGES_EN, MESSAGES[locale]],
  ] as const;

  it("has every problem message, none empty", () => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
    expect(Object.values(MESSAGES[locale]).every((v) => v.trim() !== "")).toBe(true);
  });

  it.each(tables)(
    "%s strings keep the English placeholders, numbers and Excel names",
    (_, en, xx) => {
      for (const [key, english] of Object.entries(en)) {
        const translated = (xx as Record<string, string>)[key];
        expect([key, placeholders(translated)]).toEqual([key, placeholders(english)]);
        expect([key, groupedNumbers(translated)]).toEqual([key, groupedNumbers(english)]);
        expect([key, excelNames(translated)]).toEqual([key, excelNames(english)]);
      }
    }
  );

  it.each(tables)("%s strings are in the language's script, with no bidi controls", (_, __, xx) =>
    expect(Object.values(xx).flatMap((text) => scriptProblems(locale, text))).toEqual([])
  );

  it("translates every message that has words (never the English copy)", () =>
    expect(
      Object.keys(MESSAGES_EN).filter(
        (k) =>
          MESSAGES[locale][k as keyof typeof MESSAGES_EN] ===
          MESSAGES_EN[k as keyof typeof MESSAGES_EN]
      )
    ).toEqual([]));

  if (RTL.has(locale))
    it("starts every message with an Arabic-script word, so it is laid out right to left", () =>
      expect(
        Object.entries(MESSAGES[locale]).filter(
          ([, text]) => !/\p{Script=Arabic}/u.test(firstStrong(text) ?? "")
        )
      ).toEqual([]));
});

describe("message()", () => {
  const E04 = { role: "Usage (30 d)", address: "Accounts!B1:C7", n: 2 };

  it("isolates every value in right-to-left messages (FSI … PDI)", () => {
    expect(message("ar", "E04", E04)).toBe(
      `يجب أن يكون ${FSI}Usage (30 d)${PDI} عمودًا واحدًا؛ عدد أعمدة ${FSI}Accounts!B1:C7${PDI}: ${FSI}2${PDI}.`
    );
    expect(message("fa", "W04", { n: -24 })).toBe(
      `تعداد ${FSI}-24${PDI} امتیاز قبلی بیرون از بازه 0 تا 100 است.`
    );
  });

  it("leaves left-to-right messages free of control characters", () => {
    for (const locale of ["en", "ro", "zh-CN"] as const)
      expect(message(locale, "E04", E04)).not.toMatch(/[\u2066-\u2069]/u);
    expect(message("ro", "E04", E04)).toBe(
      "Usage (30 d) trebuie să fie o singură coloană; numărul de coloane din Accounts!B1:C7 este 2."
    );
  });

  it("joins a list with the locale's separator, each item isolated in right-to-left text", () => {
    const addresses = ["Accounts!A2", "Accounts!A4"];
    expect(message("en", "E10", { id: "A-101", n: 2, addresses })).toBe(
      'Account id "A-101" appears 2 times (Accounts!A2, Accounts!A4).'
    );
    expect(message("zh-CN", "E10", { id: "A-101", n: 2, addresses })).toBe(
      "客户 ID“A-101”出现了 2 次（Accounts!A2、Accounts!A4）。"
    );
    expect(message("ar", "W06", { roles: ["الدرجة السابقة", "الإيراد"] })).toBe(
      `النطاق نفسه مستخدم مرتين (${FSI}الدرجة السابقة${PDI}، ${FSI}الإيراد${PDI}).`
    );
  });
});

describe.each(LOCALES)("the planner's problems in %s", (locale) => {
  const withSheet = (edit: (rows: unknown[][]) => void): MemorySheet => {
    const rows = MINMAX_SHEET.rows.map((r) => [...r]);
    edit(rows);
    return { name: "Accounts", rows: rows as MemorySheet["rows"] };
  };

  it("come from the locale's table, with the role named in that language", () => {
    const config = {
      ...MINMAX_CONFIG,
      locale,
      metrics: [{ range: "Accounts!B1:B6", name: "Usage" }],
      revenue: { range: "Accounts!E1:E7" },
    };
    const found = problems(config, [withSheet((r) => (r[3][0] = "A-101"))]);
    const byCode = Object.fromEntries(found.map((p) => [p.code, p.message]));
    const roles = [MESSAGES[locale].rolePrevious, MESSAGES[locale].roleRevenue];
    expect(byCode).toEqual({
      E08: message(locale, "E08", { role: "Usage", n: 5, m: 6 }),
      E10: message(locale, "E10", {
        id: "A-101",
        n: 2,
        addresses: ["Accounts!A2", "Accounts!A4"],
      }),
      W06: message(locale, "W06", { roles }),
    });
  });
});

it.each(LOCALES)(
  "%s: the Direction format shows the locale's words, quoted, in three valid sections",
  (locale) => {
    const s = OUTPUT_STRINGS[locale];
    const format = plan({ ...MINMAX_CONFIG, locale }, [MINMAX_SHEET]).styles.direction.numberFormat;
    // Inside quotes only a quote ends the literal: the words must not contain one.
    expect(`${s.higherIsBetter}${s.lowerIsBetter}`).not.toContain('"');
    expect(/^"([^"]+)";"([^"]+)";"([^"]+)"$/.exec(format ?? "")?.slice(1)).toEqual([
      s.higherIsBetter,
      s.lowerIsBetter,
      s.higherIsBetter,
    ]);
  }
);
