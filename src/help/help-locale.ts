/** Which language the help page speaks, and which function metadata it reads for it. */
import { Locale, localeOf } from "../i18n/locale";

/**
 * `?lang=` first (the manifest's per-language help links, tests), then Office's display language
 * when the page runs inside Office, then the browser's language; English for anything else.
 */
export function helpLocale(
  search: string,
  officeLanguage: string | undefined,
  browserLanguage: string | undefined
): Locale {
  return localeOf(new URLSearchParams(search).get("lang") ?? officeLanguage ?? browserLanguage);
}

/** functions.json, or the translated copy the build writes (scripts/localize-functions.js). */
export const metadataFile = (locale: Locale): string =>
  locale === "en" ? "functions.json" : `functions-${locale.toLowerCase()}.json`;
