/**
 * Sheet-scoped defined names (spec §7): the ownership marker, the live source names and the
 * header flags with the locale.
 */
import { text } from "../a1";
import { DefinedName } from "../plan";
import { Model, dataRange } from "./model";
import { sourceName } from "./panel";

/** The live source name of the outcome role (§7's source names, §15). */
export const OUTCOME_NAME = "CSMetrics_Src_Outcome";

export const OWNER_NAME = "CSMetrics_Owner";

export const marker = (kind: "health-score" | "health-history", buildId: string): string =>
  `cs-metrics:${kind}:v1:${buildId}`;

export function scoreSheetNames(model: Model): DefinedName[] {
  const { roles, l } = model;
  const names: DefinedName[] = [
    {
      name: OWNER_NAME,
      formula: text(marker("health-score", model.sources.buildId)),
      hidden: true,
    },
    { name: "CSMetrics_Src_Ids", formula: dataRange(roles.ids, l.accounts, "$$"), hidden: false },
    ...roles.metrics.map((m, k) => ({
      name: sourceName(k),
      formula: dataRange(m, l.accounts, "$$"),
      hidden: false,
    })),
  ];
  if (roles.previousScore && model.settings.trendSource === "column")
    names.push({
      name: "CSMetrics_Src_Prev",
      formula: dataRange(roles.previousScore, l.accounts, "$$"),
      hidden: false,
    });
  if (roles.revenue)
    names.push({
      name: "CSMetrics_Src_Rev",
      formula: dataRange(roles.revenue, l.accounts, "$$"),
      hidden: false,
    });
  if (roles.outcome)
    names.push({
      name: OUTCOME_NAME,
      formula: dataRange(roles.outcome, l.accounts, "$$"),
      hidden: false,
    });
  names.push({ name: "CSMetrics_Headers", formula: text(headerFlags(model)), hidden: true });
  return names;
}

/** e.g. `ids=1;m1=1;m2=0;prev=1;rev=1;locale=en`. */
function headerFlags(model: Model): string {
  const { roles } = model;
  const flag = (h: boolean) => (h ? 1 : 0);
  const parts = [
    `ids=${flag(roles.ids.header)}`,
    ...roles.metrics.map((m, k) => `m${k + 1}=${flag(m.header)}`),
  ];
  if (roles.previousScore) parts.push(`prev=${flag(roles.previousScore.header)}`);
  if (roles.revenue) parts.push(`rev=${flag(roles.revenue.header)}`);
  if (roles.outcome) parts.push(`out=${flag(roles.outcome.header)}`);
  parts.push(`locale=${model.settings.locale}`);
  return parts.join(";");
}
