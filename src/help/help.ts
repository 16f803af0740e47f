/*
 * The help page that each function's @helpurl opens: help.html#NPS shows that function with the
 * examples and errors of its spec table; help.html alone lists every function. Rendered from the
 * same function metadata Excel reads, in the reader's language (help-locale.ts).
 */
import { ERROR_CATALOGUE } from "../core/errors/catalogue";
import { CATALOGUES } from "../i18n/error-messages";
import { Locale, RTL_LOCALES } from "../i18n/locale";
import { el } from "../ui/dom";
import { functionCard } from "./function-card";
import { loadFunctionHelp } from "./function-help";
import { loadFunctions } from "./function-metadata";
import { functionPage } from "./function-page";
import { helpLocale, metadataFile } from "./help-locale";
import { HELP_STRINGS, HelpStrings } from "./locales";

const fill = (template: string, name: string) => template.replace("{name}", name);

function errorCatalogue(s: HelpStrings, locale: Locale): HTMLElement {
  return el(
    "section",
    {},
    el("h2", {}, s.errors),
    el("p", {}, s.catalogueIntro),
    el(
      "table",
      {},
      el(
        "thead",
        {},
        el("tr", {}, ...[s.error, s.id, s.message, s.advice].map((h) => el("th", {}, h)))
      ),
      el(
        "tbody",
        {},
        ...Object.entries(ERROR_CATALOGUE).map(([id, entry]) =>
          el(
            "tr",
            {},
            el("td", { dir: "ltr" }, entry.excel),
            el("td", {}, el("code", {}, id)),
            el("td", {}, CATALOGUES[locale][id as keyof typeof ERROR_CATALOGUE].template),
            el("td", {}, CATALOGUES[locale][id as keyof typeof ERROR_CATALOGUE].advice)
          )
        )
      )
    )
  );
}

/** `lang`, `dir`, heading and introduction in the page's language. */
function frame(s: HelpStrings, locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL_LOCALES.has(locale) ? "rtl" : "ltr";
  document.getElementById("page-title")!.textContent = s.pageTitle;
  const [before, after] = s.intro.split("{example}");
  document
    .getElementById("intro")!
    .replaceChildren(before, el("code", { dir: "ltr" }, "=CS.NPS(B2:B500)"), after);
  document.getElementById("reference")!.replaceChildren(el("p", {}, s.loading));
}

async function render(locale: Locale): Promise<void> {
  const s = HELP_STRINGS[locale];
  const root = document.getElementById("reference")!;
  try {
    const [functions, help] = await Promise.all([
      loadFunctions(metadataFile(locale)),
      loadFunctionHelp(),
    ]);
    const id = decodeURIComponent(location.hash.slice(1)).toUpperCase();
    const fn = functions.find((f) => f.id === id);
    if (fn) {
      document.title = fill(s.functionTitle, fn.name);
      root.replaceChildren(
        functionPage(fn, help[fn.id], locale),
        el("p", {}, el("a", { href: "#" }, s.allFunctions))
      );
    } else {
      document.title = s.pageTitle;
      root.replaceChildren(
        ...functions.map((f) =>
          el(
            "div",
            {},
            functionCard(f, { helpLink: false, labels: s }),
            el("a", { href: `#${f.id}` }, s.examplesAndErrors)
          )
        ),
        errorCatalogue(s, locale)
      );
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    root.replaceChildren(el("p", { role: "alert" }, s.loadFailed.replace("{detail}", detail)));
  }
}

const locale = helpLocale(
  location.search,
  typeof Office === "undefined" ? undefined : Office.context?.displayLanguage,
  navigator.language
);
frame(HELP_STRINGS[locale], locale);
window.addEventListener("hashchange", () => void render(locale));
void render(locale);
