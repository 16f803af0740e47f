import { ltr } from "../bidi";
import { CatalogueTranslation } from "./catalogue-translation";

/**
 * Persian. Terms as in Persian Excel: آرگومان (argument), محدوده (range), سلول (cell); function
 * names and TRUE/FALSE stay English. Sizes are spelled out ("3 سطر و 2 ستون") rather than 3×2,
 * and intervals as "از … تا …", because a bare "3×2" or "0..10" is shown reversed inside
 * right-to-left text. Every message starts with a Persian word so the paragraph is laid out
 * right to left.
 */
export const FA: CatalogueTranslation = {
  "arg-missing": {
    template: "آرگومان {arg} خالی است. یک عدد وارد کنید.",
    advice: "سلولی را که آرگومان به آن ارجاع می‌دهد پر کنید یا یک عدد بنویسید.",
  },
  "arg-not-number": {
    template: "مقدار {arg} باید عدد باشد، نه متن یا TRUE/FALSE.",
    advice: `یک عدد وارد کنید: بدون نقل‌قول، واحد یا علامت % متنی. اعدادی را که به‌صورت متن ذخیره شده‌اند با ${ltr("VALUE()")} تبدیل کنید.`,
  },
  "arg-not-single": {
    template: "مقدار {arg} باید یک مقدار تکی باشد، نه محدوده‌ای با {rows} سطر و {cols} ستون.",
    advice: "به یک سلول ارجاع دهید، نه به یک محدوده.",
  },
  "arg-bad-option": {
    template: "مقدار {arg} باید یکی از این گزینه‌ها باشد: {options}.",
    advice: "یکی از گزینه‌های فهرست‌شده را داخل نقل‌قول بنویسید.",
  },
  "range-size-mismatch": {
    template:
      "محدوده {arg1} دارای {rows1} سطر و {cols1} ستون است ولی {arg2} دارای {rows2} سطر و {cols2} ستون است. اندازه آن‌ها باید یکسان باشد.",
    advice: "محدوده‌هایی با تعداد سطر و ستون یکسان انتخاب کنید که سطربه‌سطر با هم هم‌تراز باشند.",
  },
  "range-not-vector": {
    template:
      "محدوده {arg} باید فقط یک سطر یا فقط یک ستون باشد؛ اما {rows} سطر و {cols} ستون دارد.",
    advice: "فقط یک سطر یا فقط یک ستون انتخاب کنید.",
  },
  "item-not-date": {
    template: "در {arg}: مورد {item} (سطر {row}، ستون {col}) باید تاریخ یا خالی باشد.",
    advice: `یک تاریخ واقعی (نه متن) وارد کنید یا سلول را خالی بگذارید. تاریخ‌های متنی را با ${ltr("DATEVALUE()")} تبدیل کنید.`,
  },
  "item-not-number": {
    template: "در {arg}: مورد {item} (سطر {row}، ستون {col}) باید عدد باشد.",
    advice: "در آن سلول یک عدد وارد کنید.",
  },
  "item-not-flag": {
    template: "در {arg}: مورد {item} (سطر {row}، ستون {col}) باید TRUE، FALSE، 1 یا 0 باشد.",
    advice: "در آن سلول TRUE، FALSE، 1 یا 0 وارد کنید.",
  },
  "not-non-negative": {
    template: "مقدار {arg} نباید منفی باشد.",
    advice: "عدد 0 یا بزرگ‌تر وارد کنید.",
  },
  "not-integer": {
    template: "مقدار {arg} باید عدد صحیح باشد.",
    advice: `یک عدد صحیح وارد کنید. مقدار محاسبه‌شده را داخل ${ltr("ROUND(…, 0)")} قرار دهید.`,
  },
  "score-out-of-scale": {
    template:
      "در {arg}: مقدار مورد {item} برابر {value} است و خارج از بازه {min} تا {max} قرار دارد.",
    advice: "این پاسخ را اصلاح یا حذف کنید، یا scale_max را برابر مقیاس واقعی نظرسنجی قرار دهید.",
  },
  "bad-scale": {
    template: "مقدار scale_max باید عددی صحیح و دست‌کم 2 باشد.",
    advice: "مقدار scale_max را برابر بالاترین درجه مقیاس نظرسنجی قرار دهید، مثلاً 5، 7 یا 10.",
  },
  "bad-threshold": {
    template: "مقدار {arg} باید عددی صحیح از 1 تا scale_max باشد.",
    advice:
      "عددی صحیح از 1 تا scale_max انتخاب کنید، یا آرگومان را خالی بگذارید تا مقدار پیش‌فرض به کار رود.",
  },
  "part-exceeds-whole": {
    template: "مقدار {part} ({a}) نمی‌تواند بزرگ‌تر از {whole} ({b}) باشد.",
    advice: "بررسی کنید که هر دو مقدار مربوط به یک دوره و یک گروه از مشتریان باشند.",
  },
  "fraction-out-of-range": {
    template: "مقدار {arg} باید بین 0 و 1 باشد (مثلاً 6.4% یا 0.064).",
    advice: "نرخ را به‌صورت درصد (6.4%) یا کسر اعشاری (0.064) بنویسید، نه به‌صورت 6.4.",
  },
  "bad-confidence": {
    template: "سطح اطمینان {arg} باید بزرگ‌تر از 0 و کوچک‌تر از 1 باشد (مثلاً 95% یا 0.95).",
    advice:
      "سطح اطمینان را به‌صورت درصد (95%) یا کسر اعشاری (0.95) بنویسید، یا آن را خالی بگذارید تا 95% در نظر گرفته شود.",
  },
  "date-out-of-range": {
    template: "مقدار {arg} باید تاریخی بین سال‌های 1900 و 9999 باشد.",
    advice: "تاریخ‌هایی بین سال‌های 1900 و 9999 وارد کنید.",
  },
  "date-order": {
    template: "تاریخ {later} ({b}) پیش از {earlier} ({a}) است.",
    advice: "دو تاریخ را بررسی کنید: تاریخ بعدی نمی‌تواند پیش از تاریخ قبلی باشد.",
  },
  "zero-denominator": {
    template: "مقدار {arg} صفر است.",
    advice: "مقسوم‌علیه صفر است، پس این شاخص (KPI) تعریف‌نشده است: ورودی یا دوره را بررسی کنید.",
  },
  "result-too-large": {
    template: `نتیجه برای Excel بیش از حد بزرگ است (فراتر از ${ltr("±1.8E308")}).`,
    advice: "واحدها و بزرگی ورودی‌ها را بررسی کنید: یکی از آن‌ها بسیار بزرگ یا بسیار کوچک است.",
  },
  "no-values": {
    template: "محدوده {arg} هیچ مقدار معتبری ندارد.",
    advice: "بررسی کنید که محدوده به سلول‌های درست ارجاع دهد و آن سلول‌ها عدد داشته باشند، نه متن.",
  },
};
