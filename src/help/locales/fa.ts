import { ltr } from "../../i18n/bidi";
import { HelpStrings } from "./en";

/** Persian help page. Error values such as #VALUE! are kept left to right inside the text. */
export const HELP_FA: HelpStrings = {
  pageTitle: "مرجع تابع‌های CS Metrics",
  functionTitle: "تابع CS.{name}: راهنمای CS Metrics",
  intro:
    "این تابع‌ها را در هر سلولی بنویسید، برای نمونه {example}. در محدوده‌ها فقط عددها شمرده می‌شوند: سلول‌های خالی، متن و مقدارهای TRUE/FALSE نادیده گرفته می‌شوند.",
  loading: "در حال بارگذاری…",
  loadFailed: "مرجع تابع‌ها بارگذاری نشد ({detail}). صفحه را دوباره بارگذاری کنید.",
  examples: "نمونه‌ها",
  errors: "خطاها",
  formula: "فرمول",
  result: "نتیجه",
  note: "یادداشت",
  message: "پیام",
  advice: "چه باید کرد",
  error: "خطا",
  id: "شناسه",
  allFunctions: "همه تابع‌ها",
  examplesAndErrors: "نمونه‌ها و خطاها",
  catalogueIntro: `مقدار خطایی که در یک آرگومان باشد همان‌طور که آمده برگردانده می‌شود. در غیر این صورت نتیجه یکی از خطاهای زیر است؛ Excel پیام ${ltr("#VALUE!")} و ${ltr("#N/A")} را در منوی خطای سلول نشان می‌دهد.`,
  inputMessage: "(پیام خود مقدار ورودی)",
  inputAdvice: "خطای سلول ورودی را برطرف کنید؛ تابع آن را بدون تغییر برمی‌گرداند.",
  range: "(محدوده)",
  help: "راهنما",
  blank: "(خالی)",
};
