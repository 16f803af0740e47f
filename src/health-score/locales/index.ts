/** Locale resources and string filling for the health-score sheet and its messages. */
import { Locale } from "../config";
import { MESSAGES_EN, MessageKey, OUTPUT_EN, OutputKey, OutputStrings } from "./en";
import { OUTPUT_AR } from "./ar";
import { OUTPUT_FA } from "./fa";
import { OUTPUT_RO } from "./ro";
import { OUTPUT_ZH_CN } from "./zh-CN";

export type { OutputKey, MessageKey };

export const OUTPUT_STRINGS: Readonly<Record<Locale, OutputStrings>> = {
  en: OUTPUT_EN,
  ar: OUTPUT_AR,
  fa: OUTPUT_FA,
  ro: OUTPUT_RO,
  "zh-CN": OUTPUT_ZH_CN,
};

/** Problem messages per locale; a locale without its own falls back to English. */
const MESSAGES: Readonly<Partial<Record<Locale, Readonly<Record<MessageKey, string>>>>> = {
  en: MESSAGES_EN,
};

/** Replaces `{name}` placeholders with their parameters. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole
  );
}

export const output = (
  locale: Locale,
  key: OutputKey,
  params: Readonly<Record<string, string | number>> = {}
) => fill(OUTPUT_STRINGS[locale][key], params);

export const message = (
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {}
) => fill((MESSAGES[locale] ?? MESSAGES_EN)[key], params);

/** Sheets written right to left (§9). */
export const isRightToLeft = (locale: Locale): boolean => locale === "ar" || locale === "fa";
