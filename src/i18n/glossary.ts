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
  ],
  fa: [
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
  ],
  ro: [
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
  ],
  "zh-CN": [
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
  ],
};
