/** The help page's words in every language of src/i18n. */
import { Locale } from "../../i18n/locale";
import { HELP_AR } from "./ar";
import { HELP_EN, HelpStrings } from "./en";
import { HELP_FA } from "./fa";
import { HELP_RO } from "./ro";
import { HELP_ZH_CN } from "./zh-CN";

export type { HelpStrings };

export const HELP_STRINGS: Readonly<Record<Locale, HelpStrings>> = {
  en: HELP_EN,
  ar: HELP_AR,
  fa: HELP_FA,
  ro: HELP_RO,
  "zh-CN": HELP_ZH_CN,
};
