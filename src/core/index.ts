/**
 * The formula core: every CS KPI as a pure function of Excel-shaped values (numbers, text,
 * booleans, null, error and data-type objects), returning a number (or a row) or a `KpiError`. No
 * Office dependency; the custom functions, the task pane and the CLI build on it. Grouped as
 * docs/functions.md orders them: survey, retention, revenue, support and engagement, health, then
 * uncertainty and revenue churn (docs/function-contract.md).
 */
export { nps } from "./kpi/nps";
export { npsBreakdown } from "./kpi/nps-breakdown";
export { csat } from "./kpi/csat";
export { ces } from "./kpi/ces";
export { cesAvg } from "./kpi/ces-avg";

export { churn } from "./kpi/churn";
export { churnFromDates } from "./kpi/churn-from-dates";
export { retention } from "./kpi/retention";
export { renewal } from "./kpi/renewal";

export { mrr } from "./kpi/mrr";
export { arpu } from "./kpi/arpu";
export { ndr } from "./kpi/ndr";
export { grr } from "./kpi/grr";
export { expansionRate } from "./kpi/expansion-rate";
export { clv } from "./kpi/clv";
export { saasLtv } from "./kpi/saas-ltv";
export { crc } from "./kpi/crc";

export { fcr } from "./kpi/fcr";
export { conversion } from "./kpi/conversion";
export { trialConversion } from "./kpi/trial-conversion";
export { stickiness } from "./kpi/stickiness";
export { avgSession } from "./kpi/avg-session";
export { usageRate } from "./kpi/usage-rate";
export { ttv } from "./kpi/ttv";

export { healthScore } from "./kpi/health-score";

export { npsCi } from "./kpi/nps-ci";
export { npsTest } from "./kpi/nps-test";
export { csatCi } from "./kpi/csat-ci";
export { revenueChurn } from "./kpi/revenue-churn";

export type { KpiResult, KpiRowResult } from "./kpi/kpi-result";
export { KpiError, isKpiError, fillTemplate } from "./errors/kpi-error";
export { ERROR_CATALOGUE } from "./errors/catalogue";
export type { ErrorId, CatalogueId } from "./errors/catalogue";
