/**
 * The error catalogue in every language (docs/function-contract.md, "Languages"). The core keeps an
 * error's id and parameters; the message is written here, in the user's language, when it leaves
 * for Excel.
 */
import { CatalogueId, ERROR_CATALOGUE } from "../core/errors/catalogue";
import { fillTemplate, KpiError } from "../core/errors/kpi-error";
import { isolate } from "./bidi";
import { AR } from "./errors/ar";
import { CatalogueTranslation } from "./errors/catalogue-translation";
import { FA } from "./errors/fa";
import { RO } from "./errors/ro";
import { UNEXPECTED_FAILURE } from "./errors/unexpected";
import { ZH_CN } from "./errors/zh-cn";
import { Locale, RTL_LOCALES } from "./locale";

/** Every locale's catalogue; English is the source catalogue itself. */
export const CATALOGUES: Readonly<Record<Locale, CatalogueTranslation>> = {
  en: ERROR_CATALOGUE,
  ar: AR,
  fa: FA,
  ro: RO,
  "zh-CN": ZH_CN,
};

/**
 * The message of a core error in `locale`. An error received as input keeps its own message.
 */
export function errorMessage(error: KpiError, locale: Locale): string {
  if (error.id === "input-error") return error.message;
  return catalogueMessage(error.id, error.params, locale);
}

/** The message of catalogue entry `id` with its parameters, in `locale`. */
export function catalogueMessage(
  id: CatalogueId,
  params: Readonly<Record<string, string | number>>,
  locale: Locale
): string {
  return fill(CATALOGUES[locale][id].template, params, locale);
}

/** The message for a CS function that threw instead of returning (a bug to report). */
export function unexpectedFailureMessage(
  functionName: string,
  detail: string,
  locale: Locale
): string {
  return fill(UNEXPECTED_FAILURE[locale], { function: `CS.${functionName}`, detail }, locale);
}

/**
 * In right-to-left text each value is wrapped in a first-strong isolate (FSI … PDI): a parameter
 * name such as customers_at_start, a negative number or a date serial then keeps its own
 * direction and cannot flip the words around it or the direction of the whole message.
 */
function fill(
  template: string,
  params: Readonly<Record<string, string | number>>,
  locale: Locale
): string {
  const shown = RTL_LOCALES.has(locale)
    ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isolate(String(v))]))
    : params;
  return fillTemplate(template, shown);
}
