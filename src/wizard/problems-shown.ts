/**
 * Which problems the pane shows while the user is still typing. Thresholds need a bad and a good
 * value: "enter different bad and good values" (E14) waits until both have been entered, or until
 * the user asks to build, instead of greeting the user the moment Thresholds is picked.
 */
import { Problem } from "../health-score";
import { WizardState } from "./state";

/**
 * The problems to show: all of them once a build was asked for; before that, all but E14 of a
 * metric whose bad or good value is still empty. `metricKeys[i]` is the pane key of config
 * metric i (configOf leaves out metrics without a range).
 */
export function problemsShown(
  problems: readonly Problem[],
  state: WizardState,
  metricKeys: readonly number[],
  buildAsked: boolean
): readonly Problem[] {
  if (buildAsked) return problems;
  const unfinished = (p: Problem): boolean => {
    const role = p.role;
    if (p.code !== "E14" || role.kind !== "metric") return false;
    const metric = state.metrics.find((m) => m.key === metricKeys[role.index]);
    return metric !== undefined && (metric.bad.trim() === "" || metric.good.trim() === "");
  };
  return problems.filter((p) => !unfinished(p));
}
