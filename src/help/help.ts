/*
 * The help page that each function's @helpurl opens (help.html#NPS): the function reference
 * rendered from the same functions.json Excel reads, and the error catalogue with what to do.
 */
import { ERROR_CATALOGUE } from "../core";
import { el } from "../ui/dom";
import { functionCard } from "./function-card";
import { loadFunctions } from "./function-metadata";

async function main(): Promise<void> {
  const root = document.getElementById("reference")!;
  try {
    const functions = await loadFunctions();
    root.replaceChildren(...functions.map((fn) => functionCard(fn, { helpLink: false })));
    const target = decodeURIComponent(location.hash.slice(1));
    if (target) document.getElementById(target)?.scrollIntoView();
  } catch (error) {
    root.replaceChildren(
      el("p", { role: "alert" }, error instanceof Error ? error.message : String(error))
    );
  }
  document
    .getElementById("errors")!
    .replaceChildren(
      el(
        "table",
        {},
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", {}, "Error"),
            el("th", {}, "Id"),
            el("th", {}, "Message"),
            el("th", {}, "What to do")
          )
        ),
        el(
          "tbody",
          {},
          ...Object.entries(ERROR_CATALOGUE).map(([id, entry]) =>
            el(
              "tr",
              {},
              el("td", {}, entry.excel),
              el("td", {}, el("code", {}, id)),
              el("td", {}, entry.template),
              el("td", {}, entry.advice)
            )
          )
        )
      )
    );
}

void main();
