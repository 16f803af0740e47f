/** Localisation (spec §11): identical keys, the required output terms exactly as the table gives them. */
import { LOCALES, OUTPUT_STRINGS } from "../../src/health-score";
import { MESSAGES_EN } from "../../src/health-score/locales/en";
import { MINMAX_CONFIG, MINMAX_SHEET } from "./fixtures";
import { plan, valueAt } from "./plan-support";

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
  for (let i = 1; i <= 8; i++) expect(MESSAGES_EN).toHaveProperty(`W0${i}`);
});

it.each(ORDER)(
  "%s: sheet name, headers and band words come from the locale; ar/fa are right to left",
  (locale) => {
    const p = plan({ ...MINMAX_CONFIG, locale }, [MINMAX_SHEET]);
    const s = OUTPUT_STRINGS[locale];
    const sheet = p.sheets[0];
    expect(sheet.name).toBe(s.sheet);
    expect(valueAt(sheet, "A1")).toBe(s.account);
    expect(sheet.fills.find((f) => f.column === 9)?.formula).toContain(`"${s.yellow}"`);
    expect(sheet.rightToLeft).toBe(locale === "ar" || locale === "fa");
  }
);
