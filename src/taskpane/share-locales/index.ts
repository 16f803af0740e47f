/**
 * The Share tab's strings in the five locales, one chunk per translation (English in the Share
 * chunk itself), and its text function: Share keys from these tables, any other key from the
 * pane's strings (Cancel, progress, needs-API).
 */
import { Locale } from "../../i18n/locale";
import { fillCounted } from "../../i18n/plural";
import { PaneKey, PaneLanguage } from "../locales";
import { SHARE_EN, ShareKey, ShareStrings } from "./en";

export type { ShareKey, ShareStrings };

export const SHARE_TABLES: Readonly<Record<Locale, () => Promise<ShareStrings>>> = {
  en: () => Promise.resolve(SHARE_EN),
  ar: () => import(/* webpackChunkName: "share-ar" */ "./ar").then((m) => m.SHARE_AR),
  fa: () => import(/* webpackChunkName: "share-fa" */ "./fa").then((m) => m.SHARE_FA),
  ro: () => import(/* webpackChunkName: "share-ro" */ "./ro").then((m) => m.SHARE_RO),
  "zh-CN": () => import(/* webpackChunkName: "share-zh-cn" */ "./zh-CN").then((m) => m.SHARE_ZH_CN),
};

export type ShareText = (
  key: ShareKey | PaneKey,
  params?: Readonly<Record<string, string | number>>
) => string;

/** The Share tab's text function in the pane's language. */
export async function loadShareText(language: PaneLanguage): Promise<ShareText> {
  const strings = await SHARE_TABLES[language.locale]();
  return (key, params = {}) =>
    key in strings
      ? fillCounted(language.locale, strings[key as ShareKey], params)
      : language.text(key as PaneKey, params);
}
