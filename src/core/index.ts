/**
 * The formula core: every CS KPI as a pure function of Excel-shaped values (numbers, text,
 * booleans, null, error and data-type objects), returning a number or a `KpiError`.
 * No Office dependency; the custom functions, the task pane and the CLI build on it.
 */
export { churn } from "./kpi/churn";
export { clv } from "./kpi/clv";
export { ndr } from "./kpi/ndr";
export { nps } from "./kpi/nps";
export type { KpiResult } from "./kpi/kpi-result";
export { KpiError, isKpiError, fillTemplate } from "./errors/kpi-error";
export { ERROR_CATALOGUE } from "./errors/catalogue";
export type { ErrorId, CatalogueId } from "./errors/catalogue";
