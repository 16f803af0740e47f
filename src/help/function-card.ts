import { el } from "../ui/dom";
import { FunctionMetadata, NAMESPACE, syntaxOf } from "./function-metadata";
import { HELP_EN } from "./locales/en";

/** The card's two words of its own; the help page passes its language's, the pane English. */
export interface CardLabels {
  readonly range: string;
  readonly help: string;
}

/** One function as the pane and the help page show it: name, definition, syntax, arguments. */
export function functionCard(
  fn: FunctionMetadata,
  options: { helpLink: boolean; labels?: CardLabels }
): HTMLElement {
  const labels = options.labels ?? HELP_EN;
  const args = el(
    "dl",
    { class: "cs-args" },
    ...fn.parameters.flatMap((p) => [
      el("dt", {}, el("code", {}, p.name), p.dimensionality === "matrix" ? ` ${labels.range}` : ""),
      el("dd", {}, p.description ?? ""),
    ])
  );
  return el(
    "article",
    { class: "cs-card", id: fn.id },
    el("h2", { translate: "no" }, `${NAMESPACE}.${fn.name}`),
    el("p", {}, fn.description ?? ""),
    el("pre", { class: "cs-syntax", dir: "ltr" }, el("code", {}, syntaxOf(fn))),
    fn.parameters.length > 0 ? args : null,
    options.helpLink && fn.helpUrl
      ? el("a", { href: fn.helpUrl, target: "_blank", rel: "noopener" }, labels.help)
      : null
  );
}
