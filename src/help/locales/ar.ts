import { ltr } from "../../i18n/bidi";
import { HelpStrings } from "./en";

/** Arabic help page. Error values such as #VALUE! are kept left to right inside the text. */
export const HELP_AR: HelpStrings = {
  pageTitle: "مرجع دوال CS Metrics",
  functionTitle: "الدالة CS.{name}: تعليمات CS Metrics",
  intro:
    "اكتب هذه الدوال في أي خلية، مثل {example}. داخل النطاقات تُحتسب الأرقام فقط: تُتخطّى الخلايا الفارغة والنصوص وقيم TRUE/FALSE.",
  loading: "جارٍ التحميل…",
  loadFailed: "تعذّر تحميل مرجع الدوال ({detail}). أعد تحميل الصفحة.",
  examples: "أمثلة",
  errors: "الأخطاء",
  formula: "الصيغة",
  result: "النتيجة",
  note: "ملاحظة",
  message: "الرسالة",
  advice: "ما العمل",
  error: "الخطأ",
  id: "المعرّف",
  allFunctions: "كل الدوال",
  examplesAndErrors: "الأمثلة والأخطاء",
  catalogueIntro: `تُرجَع قيمة الخطأ الموجودة في وسيطة كما هي. وإلا فالنتيجة أحد الأخطاء التالية؛ ويعرض Excel رسالة ${ltr("#VALUE!")} و${ltr("#N/A")} في قائمة الخطأ الخاصة بالخلية.`,
  inputMessage: "(رسالة قيمة الإدخال نفسها)",
  inputAdvice: "صحّح الخطأ في خلية الإدخال؛ فالدالة تمرّره كما هو دون تغيير.",
  range: "(نطاق)",
  help: "التعليمات",
  blank: "(فارغة)",
};
