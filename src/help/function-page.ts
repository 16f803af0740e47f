import { ERROR_CATALOGUE } from "../core/errors/catalogue";
import { el } from "../ui/dom";
import { functionCard } from "./function-card";
import { HelpCall, HelpError, HelpExample } from "./function-help";
import { FunctionMetadata } from "./function-metadata";

const INPUT_ERROR_ADVICE = "Fix the error in the input cell; the function passes it on unchanged.";

function formulaCell(call: HelpCall): HTMLElement {
  return el(
    "td",
    {},
    el("code", { dir: "ltr" }, call.formula),
    ...call.ranges.map((range) => el("div", { class: "cs-range", dir: "ltr" }, range))
  );
}

function table(headers: readonly string[], rows: readonly HTMLElement[]): HTMLElement {
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows)
  );
}

/** A function's help page: its card, then every example and every error of its spec table. */
export function functionPage(
  fn: FunctionMetadata,
  help: { readonly examples: readonly HelpExample[]; readonly errors: readonly HelpError[] }
): HTMLElement {
  const advice = (error: HelpError): string =>
    error.id === "input-error"
      ? INPUT_ERROR_ADVICE
      : ERROR_CATALOGUE[error.id as keyof typeof ERROR_CATALOGUE].advice;
  return el(
    "section",
    { class: "cs-function-page" },
    functionCard(fn, { helpLink: false }),
    el("h3", {}, "Examples"),
    table(
      ["Formula", "Result", "Note"],
      help.examples.map((e) =>
        el("tr", {}, formulaCell(e), el("td", { dir: "ltr" }, e.result), el("td", {}, e.note))
      )
    ),
    el("h3", {}, "Errors"),
    table(
      ["Formula", "Result", "Message", "What to do"],
      help.errors.map((e) =>
        el(
          "tr",
          {},
          formulaCell(e),
          el("td", {}, el("strong", {}, e.error), " ", el("code", {}, e.id)),
          el("td", {}, e.message || "(the input's own message)"),
          el("td", {}, advice(e))
        )
      )
    )
  );
}
