/**
 * The pane's strings in the five locales (docs/health-score.md, "Languages") and the pane's locale
 * for a display language. Each translation is a chunk of its own, downloaded only when the pane
 * shows that language: the pane carries one table instead of five. English is in the main bundle.
 */
import { Locale, localeOf, RTL_LOCALES } from "../../i18n/locale";
import { fillCounted } from "../../i18n/plural";
import { PANE_EN, PaneKey, PaneStrings } from "./en";

export type { PaneKey, PaneStrings };

export const PANE_TABLES: Readonly<Record<Locale, () => Promise<PaneStrings>>> = {
  en: () => Promise.resolve(PANE_EN),
  ar: () => import(/* webpackChunkName: "pane-ar" */ "./ar").then((m) => m.PANE_AR),
  fa: () => import(/* webpackChunkName: "pane-fa" */ "./fa").then((m) => m.PANE_FA),
  ro: () => import(/* webpackChunkName: "pane-ro" */ "./ro").then((m) => m.PANE_RO),
  "zh-CN": () => import(/* webpackChunkName: "pane-zh-cn" */ "./zh-CN").then((m) => m.PANE_ZH_CN),
};

export interface PaneLanguage {
  readonly locale: Locale;
  readonly dir: "ltr" | "rtl";
  /** `{name}` placeholders filled from `params`, counts in the language's plural forms. */
  text(key: PaneKey, params?: Readonly<Record<string, string | number>>): string;
}

/** The pane's language for Office's display language (ar-*, fa-*, ro-*, zh-CN/Hans/SG, else en). */
export async function loadPaneLanguage(displayLanguage: string): Promise<PaneLanguage> {
  const locale = localeOf(displayLanguage);
  const strings = await PANE_TABLES[locale]();
  return {
    locale,
    dir: RTL_LOCALES.has(locale) ? "rtl" : "ltr",
    text: (key, params = {}) => fillCounted(locale, strings[key], params),
  };
}
