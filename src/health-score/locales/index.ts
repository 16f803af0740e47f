/** Locale resources and string filling for the health-score sheet and its messages. */
import { fillTemplate } from "../../core/errors/fill-template";
import { isolate } from "../../i18n/bidi";
import { RTL_LOCALES } from "../../i18n/locale";
import { choosePlurals, fillCounted } from "../../i18n/plural";
import { Locale } from "../config";
import { MessageParams } from "../problems";
import { MESSAGES_AR, OUTPUT_AR } from "./ar";
import { MESSAGES_EN, MessageKey, MessageStrings, OUTPUT_EN, OutputKey, OutputStrings } from "./en";
import { MESSAGES_FA, OUTPUT_FA } from "./fa";
import { MESSAGES_RO, OUTPUT_RO } from "./ro";
import { MESSAGES_ZH_CN, OUTPUT_ZH_CN } from "./zh-CN";

export type { OutputKey, MessageKey };

export const OUTPUT_STRINGS: Readonly<Record<Locale, OutputStrings>> = {
  en: OUTPUT_EN,
  ar: OUTPUT_AR,
  fa: OUTPUT_FA,
  ro: OUTPUT_RO,
  "zh-CN": OUTPUT_ZH_CN,
};

export const MESSAGES: Readonly<Record<Locale, MessageStrings>> = {
  en: MESSAGES_EN,
  ar: MESSAGES_AR,
  fa: MESSAGES_FA,
  ro: MESSAGES_RO,
  "zh-CN": MESSAGES_ZH_CN,
};

/** Between the items of a list parameter (addresses of E10, roles of W06). */
export const LIST_SEPARATOR: Readonly<Record<Locale, string>> = {
  en: ", ",
  ar: "، ",
  fa: "، ",
  ro: ", ",
  "zh-CN": "、",
};

/** Between the sentences of a composed message; Chinese full stops take no space after them. */
export const SENTENCE_SEPARATOR: Readonly<Record<Locale, string>> = {
  en: " ",
  ar: " ",
  fa: " ",
  ro: " ",
  "zh-CN": "",
};

/** Messages shown as one text (a failure, then what was cleaned up), in the locale's way. */
export const sentences = (locale: Locale, parts: readonly string[]): string =>
  parts.join(SENTENCE_SEPARATOR[locale]);

/** Replaces `{name}` placeholders with their parameters (sheet strings: no control characters). */
export const fill = fillTemplate;

export const output = (
  locale: Locale,
  key: OutputKey,
  params: Readonly<Record<string, string | number>> = {}
) => fillCounted(locale, OUTPUT_STRINGS[locale][key], params);

/**
 * A problem message in `locale`, its counts in the language's plural forms. A list parameter is
 * joined with the locale's separator. In right-to-left text each value (every list item on its own)
 * is isolated, so "−24.0", Accounts!B2:B7 or an English metric name keeps its order and cannot
 * reorder the sentence.
 */
export function message(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const rtl = isRightToLeft(locale);
  const shown = (value: string | number) => (rtl ? isolate(String(value)) : String(value));
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "object" ? value.map(shown).join(LIST_SEPARATOR[locale]) : shown(value),
    ])
  );
  return fill(choosePlurals(locale, MESSAGES[locale][key], params), values);
}

/** Sheets written right to left (docs/health-score.md, "The Excel writer"). */
export const isRightToLeft = (locale: Locale): boolean => RTL_LOCALES.has(locale);
