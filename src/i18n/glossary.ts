/**
 * One glossary per language: the term the product uses for each of its concepts, and the
 * variants it must not use (synonyms that name the same thing twice, calques, words that mean
 * something else). Every translated resource (pane, sheet, errors, function help, help page,
 * manifest) is checked against it by test/i18n/glossary.test.ts. English is the source; its
 * terms are the concepts' names.
 */
import { Locale } from "./locale";

export interface GlossaryEntry {
  /** The concept, in English. */
  readonly concept: string;
  /** The term this language uses for it. */
  readonly term: string;
  /** Patterns of variants not allowed anywhere in the language's resources, with the reason. */
  readonly not: readonly { readonly pattern: RegExp; readonly why: string }[];
}

export const GLOSSARY: Readonly<Record<Exclude<Locale, "en">, readonly GlossaryEntry[]>> = {
  ar: [
    {
      concept: "points (a metric's share of the score)",
      term: "نقاط",
      not: [{ pattern: /نقط(?:ة|ات) المؤشر/u, why: "one name for points" }],
    },
    {
      concept: "biggest gap",
      term: "أكبر فجوة",
      not: [{ pattern: /أكبر ثغرة|أكبر نقص/u, why: "one name for the biggest gap" }],
    },
    {
      concept: "back-test",
      term: "الاختبار الرجعي",
      not: [{ pattern: /الاختبار الخلفي|الاختبار العكسي/u, why: "one name for the back-test" }],
    },
    {
      concept: "health score",
      term: "درجة الصحة",
      not: [{ pattern: /مؤشر صحة/u, why: "the pane and the sheet say درجة الصحة" }],
    },
    {
      concept: "metric",
      term: "مؤشر",
      not: [
        {
          pattern: /مقاييس (?:الحساب|مُحوّلة)|المقاييس المفقودة|كل مقياس|المقياس المفقود/u,
          why: "مقياس is the survey's scale; a health-score metric is مؤشر",
        },
      ],
    },
    {
      concept: "range of values 0 to 1",
      term: "المدى",
      not: [{ pattern: /النطاق من \d/u, why: "النطاق is Excel's cell range" }],
    },
    {
      concept: "negative numbers in right-to-left text",
      term: "سالب",
      not: [{ pattern: /[−-]\d/u, why: "a lone minus sign shows after the number in RTL text" }],
    },
    {
      concept: "no problems found",
      term: "لم يُعثر على أي مشكلات",
      not: [{ pattern: /لم تُعثر/u, why: "grammar: the verb is impersonal" }],
    },
    {
      concept: "Net Promoter Score (NPS)",
      term: "صافي نقاط الترويج",
      not: [{ pattern: /صافي نقاط المروّجين|مؤشر صافي الترويج/u, why: "one name for NPS" }],
    },
    {
      concept: "customer satisfaction (CSAT)",
      term: "رضا العملاء",
      not: [{ pattern: /رضاء العملاء|رضى العملاء/u, why: "one spelling for CSAT" }],
    },
    {
      concept: "confidence level / confidence interval",
      term: "مستوى الثقة / فترة الثقة",
      not: [
        {
          pattern: /مجال الثقة|درجة الثقة|مستوى الموثوقية|فاصل الثقة/u,
          why: "one name for the confidence of CS.NPSCI's and CS.CSATCI's intervals",
        },
      ],
    },
    {
      concept: "p-value",
      term: "القيمة الاحتمالية",
      not: [{ pattern: /قيمة p|قيمة الاحتمال(?!ية)/u, why: "one name for the p-value" }],
    },
  ],
  fa: [
    {
      concept: "points (a metric's share of the score)",
      term: "سهم امتیاز",
      not: [{ pattern: /امتیازهای شاخص/u, why: "one name for points" }],
    },
    {
      concept: "biggest gap",
      term: "بزرگ‌ترین شکاف",
      not: [{ pattern: /بیشترین شکاف|بزرگترین فاصله/u, why: "one name for the biggest gap" }],
    },
    {
      concept: "back-test",
      term: "آزمون گذشته‌نگر",
      not: [{ pattern: /بک‌تست|آزمون برگشتی/u, why: "one name for the back-test" }],
    },
    {
      concept: "snapshot",
      term: "تصویر لحظه‌ای",
      not: [{ pattern: /عکس فوری/u, why: "one feature, one name" }],
    },
    {
      concept: "monthly recurring revenue",
      term: "درآمد تکرارشونده ماهانه",
      not: [{ pattern: /درآمد تکراری/u, why: "تکراری means duplicate" }],
    },
    {
      concept: "row",
      term: "سطر",
      not: [{ pattern: /ردیف/u, why: "Excel's term, as errors, sheet and functions say" }],
    },
    {
      concept: "wizard",
      term: "دستیار",
      not: [{ pattern: /ویزارد/u, why: "a transliteration; the manifest says دستیار" }],
    },
    {
      concept: "negative numbers in right-to-left text",
      term: "منفی",
      not: [{ pattern: /[−-]\d/u, why: "a lone minus sign shows after the number in RTL text" }],
    },
    {
      concept: "Net Promoter Score (NPS)",
      term: "شاخص خالص مروجان",
      not: [{ pattern: /امتیاز خالص مروج|خالص امتیاز مروج/u, why: "one name for NPS" }],
    },
    {
      concept: "customer satisfaction (CSAT)",
      term: "رضایت مشتری",
      not: [{ pattern: /رضایتمندی مشتری/u, why: "one name for CSAT" }],
    },
    {
      concept: "confidence level / confidence interval",
      term: "سطح اطمینان / بازه اطمینان",
      not: [
        {
          pattern: /فاصله اطمینان|سطح اعتماد|بازه اعتماد|ضریب اطمینان/u,
          why: "one name for the confidence of CS.NPSCI's and CS.CSATCI's intervals",
        },
      ],
    },
    {
      concept: "p-value",
      term: "مقدار p",
      not: [{ pattern: /ارزش p|مقدار احتمال/u, why: "one name for the p-value" }],
    },
  ],
  ro: [
    {
      concept: "points (a metric's share of the score)",
      term: "puncte",
      not: [{ pattern: /\bpunctaj(?:ul)? indicatorului/iu, why: "one name for points" }],
    },
    {
      concept: "biggest gap",
      term: "cel mai mare decalaj",
      not: [
        { pattern: /cea mai mare lipsă|cel mai mare gol/iu, why: "one name for the biggest gap" },
      ],
    },
    {
      concept: "back-test",
      term: "test retrospectiv",
      not: [{ pattern: /\bbacktest|test istoric/iu, why: "one name for the back-test" }],
    },
    {
      concept: "share (a proportion)",
      term: "proporție",
      not: [
        {
          pattern: /ponderea (?:răspunsurilor|promotorilor|pasivilor|detractorilor|clienților)/u,
          why: "pondere is the product's word for weight",
        },
      ],
    },
    {
      concept: "wizard",
      term: "asistent",
      not: [{ pattern: /\bexpert\b/u, why: "one name for the wizard" }],
    },
    {
      concept: "build a new sheet",
      term: "Creează o foaie nouă",
      not: [{ pattern: /Construiește nouă/u, why: "ungrammatical" }],
    },
    {
      concept: "time to value",
      term: "timpul până la obținerea valorii",
      not: [{ pattern: /Time to value/u, why: "left in English" }],
    },
    {
      concept: "need not add up to 1",
      term: "nu trebuie neapărat să aibă suma 1",
      not: [{ pattern: /nu trebuie să însumeze/u, why: "says must not" }],
    },
    {
      concept: "customer satisfaction (CSAT)",
      term: "satisfacția clienților",
      not: [{ pattern: /satisfacția clientului/iu, why: "one name for CSAT" }],
    },
    {
      concept: "confidence level / confidence interval",
      term: "nivel de încredere / interval de încredere",
      not: [
        {
          pattern: /confiden[țt]|nivel(?:ul)? de siguranță/iu,
          why: "a calque of confidence; statistics says încredere",
        },
      ],
    },
    {
      concept: "p-value",
      term: "valoarea p",
      not: [{ pattern: /valoare-p|p-valoare|valoarea-p/iu, why: "one spelling for the p-value" }],
    },
  ],
  "zh-CN": [
    {
      concept: "points (a metric's share of the score)",
      term: "得分",
      not: [{ pattern: /分值贡献|积分/u, why: "one name for points" }],
    },
    {
      concept: "biggest gap",
      term: "最大差距",
      not: [{ pattern: /最大缺口|最大短板/u, why: "one name for the biggest gap" }],
    },
    {
      concept: "back-test",
      term: "回测",
      not: [{ pattern: /回溯测试|反向测试/u, why: "one name for the back-test" }],
    },
    {
      concept: "health score",
      term: "健康评分",
      not: [{ pattern: /健康度评分/u, why: "one name everywhere" }],
    },
    {
      concept: "previous score",
      term: "上次评分",
      not: [{ pattern: /上期评分/u, why: "one name everywhere" }],
    },
    {
      concept: "bad value / good value (thresholds)",
      term: "较差值 / 良好值",
      not: [{ pattern: /(?<!较)差值|(?<!良)好值/u, why: "差值 means difference" }],
    },
    {
      concept: "Net Promoter Score (NPS)",
      term: "净推荐值",
      not: [{ pattern: /净推荐分|净推荐指数/u, why: "one name for NPS" }],
    },
    {
      concept: "customer satisfaction (CSAT)",
      term: "客户满意度",
      not: [{ pattern: /顾客满意度/u, why: "one name for CSAT" }],
    },
    {
      concept: "confidence level / confidence interval",
      term: "置信水平 / 置信区间",
      not: [{ pattern: /信心水平|可信区间|信赖区间|置信度/u, why: "the statistical terms" }],
    },
    {
      concept: "p-value",
      term: "p 值",
      not: [
        {
          pattern: /[pP]值|显著性概率/u,
          why: "a space between p and 值, as between all Latin and Chinese",
        },
      ],
    },
  ],
};
