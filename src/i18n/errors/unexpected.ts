import { Locale } from "../locale";

/**
 * The one message that is not in the catalogue: a CS function that threw (a bug). {function} is
 * the full name (CS.NPS), {detail} the exception's own text, which stays as JavaScript wrote it.
 */
export const UNEXPECTED_FAILURE: Readonly<Record<Locale, string>> = {
  en: "{function} failed unexpectedly ({detail}). Please report this with the formula and its inputs.",
  ar: "تعذّر تنفيذ {function} بسبب خطأ غير متوقع ({detail}). يُرجى الإبلاغ عنه مع الصيغة ومُدخلاتها.",
  fa: "اجرای {function} با خطای غیرمنتظره‌ای متوقف شد ({detail}). لطفاً آن را همراه با فرمول و ورودی‌هایش گزارش دهید.",
  ro: "{function} a eșuat în mod neașteptat ({detail}). Vă rugăm să raportați problema împreună cu formula și datele ei de intrare.",
  "zh-CN": "{function} 意外失败（{detail}）。请将此问题连同公式及其输入一起报告。",
};
