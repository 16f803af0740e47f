import { CatalogueId, ERROR_CATALOGUE } from "../core/errors/catalogue";
import { CATALOGUES } from "../i18n/error-messages";
import { Locale } from "../i18n/locale";
import { el } from "../ui/dom";
import { exampleMessage } from "./example-messages";
import { functionCard } from "./function-card";
import { BLANK_CELL, HelpCall, HelpError, HelpExample } from "./function-help";
import { FunctionMetadata } from "./function-metadata";
import { HELP_STRINGS } from "./locales";

function table(headers: readonly string[], rows: readonly HTMLElement[]): HTMLElement {
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows)
  );
}

/**
 * A function's help page in `locale`: its card, then every example and every error of its spec
 * table. The spec's notes are English working notes, shown to English readers only.
 */
export function functionPage(
  fn: FunctionMetadata,
  help: { readonly examples: readonly HelpExample[]; readonly errors: readonly HelpError[] },
  locale: Locale
): HTMLElement {
  const s = HELP_STRINGS[locale];
  const notes = locale === "en";
  const formulaCell = (call: HelpCall): HTMLElement =>
    el(
      "td",
      {},
      el("code", { dir: "ltr" }, call.formula),
      ...call.ranges.map((range) =>
        el("div", { class: "cs-range", dir: "ltr" }, range.split(BLANK_CELL).join(s.blank))
      )
    );
  const isCatalogued = (id: string): id is CatalogueId => id in ERROR_CATALOGUE;
  const message = (e: HelpError): string =>
    isCatalogued(e.id) ? exampleMessage(e.id, e.message, locale) : e.message || s.inputMessage;
  const advice = (e: HelpError): string =>
    isCatalogued(e.id) ? CATALOGUES[locale][e.id].advice : s.inputAdvice;
  return el(
    "section",
    { class: "cs-function-page" },
    functionCard(fn, { helpLink: false, labels: s }),
    el("h3", {}, s.examples),
    table(
      notes ? [s.formula, s.result, s.note] : [s.formula, s.result],
      help.examples.map((e) =>
        el(
          "tr",
          {},
          formulaCell(e),
          el("td", { dir: "ltr" }, e.result),
          notes ? el("td", {}, e.note) : null
        )
      )
    ),
    el("h3", {}, s.errors),
    table(
      [s.formula, s.result, s.message, s.advice],
      help.errors.map((e) =>
        el(
          "tr",
          {},
          formulaCell(e),
          el("td", {}, el("strong", { dir: "ltr" }, e.error), " ", el("code", {}, e.id)),
          el("td", {}, message(e)),
          el("td", {}, advice(e))
        )
      )
    )
  );
}
