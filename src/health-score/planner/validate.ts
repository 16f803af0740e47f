/**
 * All checks of docs/health-score.md, "Checks before writing", in the order the problem panel lists
 * them.
 */
import { Problem } from "../problems";
import { PlanSources } from "../sources";
import { MakeProblem } from "./problem-factory";
import { Roles } from "./roles";
import { Settings } from "./settings";
import { validateRanges } from "./validate-ranges";
import { ownedSheets, validateSettings, validateWorkbook } from "./validate-settings";
import { scoredAccounts, validateOutcome } from "./outcome";
import { validateIds, validateMetric, validatePrevious, validateRevenue } from "./validate-values";

/** A new build adds its sheets; a Rebuild adds only a history sheet it does not have yet. */
const addsSheet = (sources: PlanSources, settings: Settings): boolean =>
  !sources.rebuild || (settings.trendSource === "snapshots" && !sources.rebuild.history);

export function validate(
  roles: Roles,
  settings: Settings,
  sources: PlanSources,
  make: MakeProblem
): Problem[] {
  const { problems: shape, usable } = validateRanges(roles, ownedSheets(sources.sheets), make);
  const values: Problem[] = [];
  if (roles.ids && usable.has(roles.ids)) values.push(...validateIds(roles.ids, make));
  roles.metrics.forEach((m, k) => {
    if (usable.has(m)) values.push(...validateMetric(m, settings.metrics[k], make));
  });
  if (roles.previousScore && usable.has(roles.previousScore))
    values.push(...validatePrevious(roles.previousScore, make));
  if (roles.revenue && usable.has(roles.revenue))
    values.push(...validateRevenue(roles.revenue, make));
  if (roles.outcome && usable.has(roles.outcome))
    values.push(
      ...validateOutcome(
        roles.outcome,
        scoredAccounts(roles.metrics, roles.outcome.data.length),
        make
      )
    );
  const all = [
    ...validateWorkbook(sources, addsSheet(sources, settings), make),
    ...validateSettings(roles, settings, make),
    ...shape,
    ...values,
  ];
  return [
    ...all.filter((p) => p.severity === "error"),
    ...all.filter((p) => p.severity === "warning"),
  ];
}
