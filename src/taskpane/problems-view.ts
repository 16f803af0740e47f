/**
 * The problem panel (docs/health-score.md, "Checks before writing", "The task pane"): each problem
 * as a button with its severity, the role it is about, its address and message; pressing it goes to
 * the step and control to fix. A live region, so it is redrawn only when a check changes it.
 */
import { Problem } from "../health-score";
import { ProblemTarget, problemTarget } from "../wizard/controls";
import { el } from "../ui/dom";
import { PaneLanguage } from "./locales";
import { PaneState, checkedMetric, metricName, problems, summaries } from "./pane-state";
import { address, button, userText } from "./widgets";

function roleText(lang: PaneLanguage, s: PaneState, p: Problem): string {
  const t = lang.text;
  switch (p.role.kind) {
    case "ids":
      return t("roleIds");
    case "previousScore":
      return t("rolePrevious");
    case "revenue":
      return t("roleRevenue");
    case "outcome":
      return t("roleOutcome");
    case "metric": {
      const metric = checkedMetric(s, p.role.index);
      return metric ? metricName({ state: s.wizard, summaries: summaries(s) }, metric) : "";
    }
    default:
      return "";
  }
}

export function renderProblems(
  list: HTMLElement,
  lang: PaneLanguage,
  s: PaneState,
  goTo: (target: ProblemTarget) => void
): void {
  const t = lang.text;
  const shown = problems(s);
  if (shown.length === 0) {
    list.replaceChildren(el("p", { class: "cs-hint" }, t("noProblems")));
    return;
  }
  list.replaceChildren(
    el(
      "ul",
      {},
      ...shown.map((p) => {
        const role = roleText(lang, s, p);
        return el(
          "li",
          {},
          button(
            [
              el(
                "span",
                { class: `cs-badge cs-${p.severity}` },
                t(p.severity === "error" ? "errorLabel" : "warningLabel")
              ),
              " ",
              role ? el("strong", {}, userText(role)) : "",
              p.address ? " " : "",
              p.address ? address(p.address) : "",
              el("span", { class: "cs-problem-message", dir: "auto" }, p.message),
            ],
            () => goTo(problemTarget(p, s.checkKeys)),
            { class: `cs-problem cs-problem-${p.severity}`, "data-code": p.code }
          )
        );
      })
    )
  );
}
