/**
 * The languages CS Metrics speaks (docs/function-contract.md, "Languages") and how Office's display
 * language maps to them. Office-free: the caller passes `Office.context.displayLanguage` (a BCP 47
 * tag such as "ar-SA", "fa-IR", "ro-RO", "zh-CN").
 */
export const LOCALES = ["en", "ar", "fa", "ro", "zh-CN"] as const;

export type Locale = (typeof LOCALES)[number];

/** The languages written right to left. */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set(["ar", "fa"]);

/**
 * The locale for a display language: any region of Arabic, Persian or Romanian; Simplified
 * Chinese as zh-CN, zh-SG or zh-Hans(-…). Everything else, Traditional Chinese (zh-TW, zh-HK,
 * zh-Hant) and a missing tag included, is English, the source language.
 */
export function localeOf(displayLanguage: string | undefined): Locale {
  const tag = (displayLanguage ?? "").toLowerCase().replace(/_/g, "-");
  const language = tag.split("-")[0];
  if (language === "ar" || language === "fa" || language === "ro") return language;
  if (tag === "zh-cn" || tag === "zh-sg" || tag === "zh-hans" || tag.startsWith("zh-hans-")) {
    return "zh-CN";
  }
  return "en";
}
