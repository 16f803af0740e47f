/**
 * The error rows of the spec tables carry their English message only (function-help.json). The
 * parameters are read back through the catalogue template, so the help page can show the same
 * message in the reader's language.
 */
import { CatalogueId, ERROR_CATALOGUE } from "../core/errors/catalogue";
import { catalogueMessage } from "../i18n/error-messages";
import { Locale } from "../i18n/locale";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The parameters that turn entry `id`'s template into `english`, or undefined if none do. */
export function paramsOf(id: CatalogueId, english: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = ERROR_CATALOGUE[id].template
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part);
      if (!placeholder) return escapeRegExp(part);
      names.push(placeholder[1]);
      return "(.+?)";
    })
    .join("");
  const match = new RegExp(`^${pattern}$`, "s").exec(english);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    if (name in params && params[name] !== match[i + 1]) return undefined;
    params[name] = match[i + 1];
  }
  return params;
}

/** An example's error message in `locale`; the English one if it does not fit its template. */
export function exampleMessage(id: CatalogueId, english: string, locale: Locale): string {
  const params = locale === "en" ? undefined : paramsOf(id, english);
  return params ? catalogueMessage(id, params, locale) : english;
}
