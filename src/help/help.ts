/*
 * The help page that each function's @helpurl opens: help.html#NPS shows that function with the
 * examples and errors of its spec table; help.html alone lists every function. Rendered from the
 * same functions.json Excel reads.
 */
import { ERROR_CATALOGUE } from "../core/errors/catalogue";
import { el } from "../ui/dom";
import { functionCard } from "./function-card";
import { loadFunctionHelp } from "./function-help";
import { loadFunctions } from "./function-metadata";
import { functionPage } from "./function-page";

function errorCatalogue(): HTMLElement {
  return el(
    "section",
    {},
    el("h2", {}, "Errors"),
    el(
      "p",
      {},
      "An error value in an argument is returned as it came. Otherwise the result is one of these; Excel shows the message of #VALUE! and #N/A in the cell's error menu."
    ),
    el(
      "table",
      {},
      el(
        "thead",
        {},
        el("tr", {}, ...["Error", "Id", "Message", "What to do"].map((h) => el("th", {}, h)))
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

async function render(): Promise<void> {
  const root = document.getElementById("reference")!;
  try {
    const [functions, help] = await Promise.all([loadFunctions(), loadFunctionHelp()]);
    const id = decodeURIComponent(location.hash.slice(1)).toUpperCase();
    const fn = functions.find((f) => f.id === id);
    if (fn) {
      document.title = `CS.${fn.name}: CS Metrics help`;
      root.replaceChildren(
        functionPage(fn, help[fn.id]),
        el("p", {}, el("a", { href: "#" }, "All functions"))
      );
    } else {
      document.title = "CS Metrics function reference";
      root.replaceChildren(
        ...functions.map((f) =>
          el(
            "div",
            {},
            functionCard(f, { helpLink: false }),
            el("a", { href: `#${f.id}` }, "Examples and errors")
          )
        ),
        errorCatalogue()
      );
    }
  } catch (error) {
    root.replaceChildren(
      el("p", { role: "alert" }, error instanceof Error ? error.message : String(error))
    );
  }
}

window.addEventListener("hashchange", () => void render());
void render();
