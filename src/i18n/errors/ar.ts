import { ltr } from "../bidi";
import { CatalogueTranslation } from "./catalogue-translation";

/**
 * Arabic (Modern Standard). Terms as in Arabic Excel: الوسيطة (argument), النطاق (range),
 * الخلية (cell); Excel keeps English function names and TRUE/FALSE in Arabic. Sizes are spelled
 * out ("الصفوف: 3، الأعمدة: 2") rather than 3×2, and intervals as "من … إلى …", because a bare
 * "3×2" or "0..10" is shown reversed inside right-to-left text. Every message starts with an
 * Arabic word so the paragraph is laid out right to left.
 */
export const AR: CatalogueTranslation = {
  "arg-missing": {
    template: "الوسيطة {arg} فارغة. أدخل رقمًا.",
    advice: "املأ الخلية التي تشير إليها الوسيطة، أو اكتب رقمًا.",
  },
  "arg-not-number": {
    template: "يجب أن تكون قيمة {arg} رقمًا، لا نصًا ولا TRUE/FALSE.",
    advice: `أدخل رقمًا دون علامات اقتباس أو وحدات أو علامة % مكتوبة كنص. حوّل الأرقام المخزّنة كنص باستخدام ${ltr("VALUE()")}.`,
  },
  "arg-not-single": {
    template: "يجب أن تكون {arg} قيمة واحدة، لا نطاقًا (الصفوف: {rows}، الأعمدة: {cols}).",
    advice: "أشر إلى خلية واحدة، لا إلى نطاق.",
  },
  "arg-bad-option": {
    template: "يجب أن تكون قيمة {arg} أحد الخيارات التالية: {options}.",
    advice: "اكتب أحد الخيارات المذكورة بين علامتي اقتباس.",
  },
  "range-size-mismatch": {
    template:
      "حجم النطاق {arg1} (الصفوف: {rows1}، الأعمدة: {cols1}) لا يطابق حجم {arg2} (الصفوف: {rows2}، الأعمدة: {cols2}). يجب أن يكون للنطاقين الحجم نفسه.",
    advice: "حدّد نطاقات لها العدد نفسه من الصفوف والأعمدة، ومتطابقة صفًا بصف.",
  },
  "range-not-vector": {
    template:
      "يجب أن يكون النطاق {arg} صفًا واحدًا أو عمودًا واحدًا، لكن حجمه (الصفوف: {rows}، الأعمدة: {cols}).",
    advice: "حدّد صفًا واحدًا أو عمودًا واحدًا.",
  },
  "item-not-date": {
    template: "في {arg}: يجب أن يكون العنصر {item} (الصف {row}، العمود {col}) تاريخًا أو فارغًا.",
    advice: `أدخل تاريخًا حقيقيًا (لا نصًا) أو اترك الخلية فارغة. حوّل التواريخ المكتوبة كنص باستخدام ${ltr("DATEVALUE()")}.`,
  },
  "item-not-number": {
    template: "في {arg}: يجب أن يكون العنصر {item} (الصف {row}، العمود {col}) رقمًا.",
    advice: "أدخل رقمًا في تلك الخلية.",
  },
  "item-not-flag": {
    template:
      "في {arg}: يجب أن يكون العنصر {item} (الصف {row}، العمود {col}) TRUE أو FALSE أو 1 أو 0.",
    advice: "أدخل TRUE أو FALSE أو 1 أو 0 في تلك الخلية.",
  },
  "not-non-negative": {
    template: "يجب ألا تكون قيمة {arg} سالبة.",
    advice: "أدخل 0 أو قيمة أكبر.",
  },
  "not-integer": {
    template: "يجب أن تكون قيمة {arg} عددًا صحيحًا.",
    advice: `أدخل عددًا صحيحًا. ضع القيمة المحسوبة داخل ${ltr("ROUND(…, 0)")}.`,
  },
  "score-out-of-scale": {
    template: "في {arg}: قيمة العنصر {item} هي {value}، وهي خارج المدى من {min} إلى {max}.",
    advice: "صحّح هذه الإجابة أو احذفها، أو اضبط scale_max على المقياس الفعلي للاستبيان.",
  },
  "bad-scale": {
    template: "يجب أن تكون قيمة scale_max عددًا صحيحًا لا يقل عن 2.",
    advice: "اضبط scale_max على أعلى درجة في مقياس الاستبيان، مثل 5 أو 7 أو 10.",
  },
  "bad-threshold": {
    template: "يجب أن تكون قيمة {arg} عددًا صحيحًا من 1 إلى scale_max.",
    advice: "اختر عددًا صحيحًا من 1 إلى scale_max، أو اترك الوسيطة فارغة لاستخدام القيمة الافتراضية.",
  },
  "part-exceeds-whole": {
    template: "لا يمكن أن تكون قيمة {part} ({a}) أكبر من {whole} ({b}).",
    advice: "تأكد من أن القيمتين تخصّان الفترة نفسها والعملاء أنفسهم.",
  },
  "fraction-out-of-range": {
    template: "يجب أن تكون قيمة {arg} بين 0 و 1 (مثل 6.4% أو 0.064).",
    advice: "اكتب المعدل كنسبة مئوية (6.4%) أو ككسر عشري (0.064)، لا بالشكل 6.4.",
  },
  "bad-confidence": {
    template: "يجب أن يكون مستوى الثقة {arg} أكبر من 0 وأقل من 1 (مثل 95% أو 0.95).",
    advice:
      "اكتب مستوى الثقة كنسبة مئوية (95%) أو ككسر عشري (0.95)، أو اترك الخلية فارغة لاستخدام 95%.",
  },
  "date-out-of-range": {
    template: "يجب أن تكون قيمة {arg} تاريخًا بين عامَي 1900 و 9999.",
    advice: "أدخل تواريخ بين عامَي 1900 و 9999.",
  },
  "date-order": {
    template: "التاريخ {later} ({b}) يسبق {earlier} ({a}).",
    advice: "تحقّق من التاريخين: لا يمكن أن يسبق التاريخُ اللاحق التاريخَ السابق.",
  },
  "zero-denominator": {
    template: "قيمة {arg} تساوي صفرًا.",
    advice: "القيمة المقسوم عليها صفر، لذا يتعذّر حساب المؤشر (KPI): تحقّق من المُدخل أو الفترة.",
  },
  "result-too-large": {
    template: `النتيجة أكبر من أن يعرضها Excel (تتجاوز ${ltr("±1.8E308")}).`,
    advice: "تحقّق من وحدات المُدخلات ومقاديرها: أحدها كبير جدًا أو صغير جدًا.",
  },
  "no-values": {
    template: "لا يحتوي {arg} على أي قيم صالحة.",
    advice: "تأكد من أن النطاق يشير إلى الخلايا الصحيحة وأنها تحتوي على أرقام لا نصوص.",
  },
};
