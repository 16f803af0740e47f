/** The pane's strings in the five locales (§11) and the pane's locale for a display language. */
import { fill } from "../../health-score";
import { Locale, localeOf, RTL_LOCALES } from "../../i18n/locale";
import { PANE_AR } from "./ar";
import { PANE_EN, PaneKey, PaneStrings } from "./en";
import { PANE_FA } from "./fa";
import { PANE_RO } from "./ro";
import { PANE_ZH_CN } from "./zh-CN";

export type { PaneKey, PaneStrings };

export const PANE_STRINGS: Readonly<Record<Locale, PaneStrings>> = {
  en: PANE_EN,
  ar: PANE_AR,
  fa: PANE_FA,
  ro: PANE_RO,
  "zh-CN": PANE_ZH_CN,
};

export interface PaneLanguage {
  readonly locale: Locale;
  readonly dir: "ltr" | "rtl";
  /** `{name}` placeholders filled from `params`. */
  text(key: PaneKey, params?: Readonly<Record<string, string | number>>): string;
}

/** The pane's language for Office's display language (§11: ar-*, fa-*, ro-*, zh-CN/Hans/SG, else en). */
export function paneLanguage(displayLanguage: string): PaneLanguage {
  const locale = localeOf(displayLanguage);
  const strings = PANE_STRINGS[locale];
  return {
    locale,
    dir: RTL_LOCALES.has(locale) ? "rtl" : "ltr",
    text: (key, params = {}) => fill(strings[key], params),
  };
}
