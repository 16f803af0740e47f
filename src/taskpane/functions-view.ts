/**
 * The Functions tab: a search box over the functions (name and description, in the pane's
 * language) and, inside Excel, an Insert button per function that writes it below the selection.
 */
import { functionCard } from "../help/function-card";
import { loadFunctions, FunctionMetadata } from "../help/function-metadata";
import { searchFunctions } from "../help/function-search";
import { metadataFile } from "../help/help-locale";
import { el } from "../ui/dom";
import { InsertOutcome } from "../excel/insert-function";
import { failureMessage } from "./error-message";
import { PaneLanguage } from "./locales";

export async function showFunctions(
  root: HTMLElement,
  language: PaneLanguage,
  insert?: (name: string) => Promise<InsertOutcome>
): Promise<void> {
  const t = language.text;
  let functions: readonly FunctionMetadata[];
  try {
    functions = await loadFunctions(metadataFile(language.locale));
  } catch (error) {
    root.replaceChildren(
      el("p", { role: "alert" }, failureMessage(t, "functionsLoadFailed", error))
    );
    return;
  }
  const status = el("p", { class: "cs-hint", role: "status" });
  const list = el("div", { class: "cs-function-list" });
  const search = el("input", {
    type: "search",
    id: "cs-function-search",
    class: "cs-input",
    autocomplete: "off",
  }) as HTMLInputElement;

  const card = (fn: FunctionMetadata): HTMLElement => {
    const shown = functionCard(fn, { helpLink: true });
    if (insert) {
      const button = el(
        "button",
        {
          type: "button",
          class: "cs-button cs-insert",
          "aria-label": t("insertFunctionLabel", { name: `CS.${fn.name}` }),
        },
        t("insertFunction")
      );
      button.addEventListener("click", () => {
        void insert(fn.name).then(
          (outcome) =>
            status.replaceChildren(
              outcome.ok
                ? t("insertDone", { formula: outcome.plan.formula, cell: outcome.plan.cell })
                : outcome.reason === "occupied"
                  ? t("insertOccupied", { cell: outcome.cell ?? "" })
                  : t("insertNoRoom")
            ),
          (error: unknown) => status.replaceChildren(failureMessage(t, "insertFailed", error))
        );
      });
      shown.append(button);
    }
    return shown;
  };
  const render = () => {
    const found = searchFunctions(functions, search.value);
    list.replaceChildren(
      ...(found.length > 0 ? found.map(card) : [el("p", {}, t("noFunctionMatch"))])
    );
  };
  search.addEventListener("input", render);
  root.replaceChildren(
    el("label", { for: "cs-function-search", class: "cs-label" }, t("searchFunctions")),
    search,
    status,
    list
  );
  render();
}
