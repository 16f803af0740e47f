/**
 * What every translated string must keep from its English source, and the script rules of each
 * language. Shared by the completeness tests of the error catalogue, the health-score resources
 * and the help page.
 */
import { BIDI_CONTROLS } from "../../src/i18n/bidi";

/**
 * The placeholders a text uses, `{name}` or a plural block's count `{name, plural, …}`, sorted
 * once each: a language's plural cases repeat a placeholder as its grammar needs.
 */
export const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => `{${m[1]}}`))].sort();

/** The text without placeholders and plural syntax (`{n, plural, one {` …), as a reader sees it. */
const wordsOf = (text: string): string =>
  text
    .replace(/\{\w+\}/g, "")
    .replace(/\{\w+, plural,/g, "")
    .replace(/(?:zero|one|two|few|many|other|=\d+)\s*\{/g, "");

/** The numbers written in a text (6.4, 1900, 1.8 and 308 of ±1.8E308), sorted, repeats kept. */
export const numbers = (text: string): string[] => (text.match(/\d+(?:\.\d+)?/g) ?? []).sort();

/**
 * As `numbers`, with digit grouping removed first: Romanian writes 1.048.575 where English writes
 * 1,048,575 (a number with at least two groups of three; decimals are never grouped that way).
 */
export const groupedNumbers = (text: string): string[] =>
  numbers(text.replace(/\b\d{1,3}(?:[,.]\d{3}){2,}\b/g, (n) => n.replace(/[,.]/g, "")));

/** Excel names the user types as they are: functions, TRUE/FALSE, parameter names, KPI acronyms. */
export const excelNames = (text: string): string[] =>
  [...new Set(text.match(/\b[A-Z]{3,}\b|\b[a-z]+_[a-z_]+\b/g) ?? [])].sort();

/** Outside placeholders, the first letter or digit: the one bidi layout takes the direction from. */
export const firstStrong = (text: string): string | undefined =>
  wordsOf(text).match(/[\p{L}\p{N}]/u)?.[0];

/**
 * Characters that do not belong in a language's text: Arabic kaf/yeh in Persian (ك ي for ک ی)
 * and the reverse, Romanian s/t with cedilla (ş ţ) instead of comma below (ș ț), half-width
 * punctuation right after Chinese characters, and bidi controls other than a whole `ltr()`
 * span (the code isolates inserted values itself).
 */
export function scriptProblems(locale: string, text: string): string[] {
  const found: string[] = [];
  const withoutLtrSpans = text.replace(/\u2066[^\u2066-\u2069]*\u2069/gu, "");
  const flag = (pattern: RegExp, what: string) => {
    const match = pattern.exec(withoutLtrSpans);
    if (match) found.push(`${what}: "${match[0]}" in ${JSON.stringify(text)}`);
  };
  flag(BIDI_CONTROLS, "bidi control");
  if (locale === "fa") flag(/[\u0643\u064A]/u, "Arabic kaf or yeh in Persian");
  if (locale === "ar") flag(/[\u06A9\u06CC]/u, "Persian keheh or yeh in Arabic");
  if (locale === "ro") flag(/[\u015E\u015F\u0162\u0163]/u, "s/t with cedilla in Romanian");
  if (locale === "zh-CN")
    flag(/\p{Script=Han}[,;:!?]|\p{Script=Han}\.(?:\s|$)/u, "half-width punctuation");
  return found;
}
