/**
 * Sheet-scoped defined names (docs/health-score.md, "Ownership and Rebuild"): the ownership marker,
 * the live source names and the header flags with the locale.
 */
import { text } from "../a1";
import { DefinedName } from "../plan";
import { Model, dataRange } from "./model";
import {
  HEADERS_NAME,
  IDS_NAME,
  OWNER_NAME,
  PREVIOUS_NAME,
  OUTCOME_NAME,
  REVENUE_NAME,
  metricName,
} from "../defined-names";

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
    { name: IDS_NAME, formula: dataRange(roles.ids, l.accounts, "$$"), hidden: false },
    ...roles.metrics.map((m, k) => ({
      name: metricName(k),
      formula: dataRange(m, l.accounts, "$$"),
      hidden: false,
    })),
  ];
  if (roles.previousScore && model.settings.trendSource === "column")
    names.push({
      name: PREVIOUS_NAME,
      formula: dataRange(roles.previousScore, l.accounts, "$$"),
      hidden: false,
    });
  if (roles.revenue)
    names.push({
      name: REVENUE_NAME,
      formula: dataRange(roles.revenue, l.accounts, "$$"),
      hidden: false,
    });
  if (roles.outcome)
    names.push({
      name: OUTCOME_NAME,
      formula: dataRange(roles.outcome, l.accounts, "$$"),
      hidden: false,
    });
  names.push({ name: HEADERS_NAME, formula: text(headerFlags(model)), hidden: true });
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
