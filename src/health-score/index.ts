/** The health-score planner's public surface, shared by the Excel writer and the file writer. */
export { metricLimitProblems, planHealthScore } from "./plan-health-score";
export * from "./config";
export * from "./plan";
export * from "./problems";
export * from "./sources";
export { parseAddress } from "./address";
export type { Area } from "./address";
export { OUTPUT_STRINGS, fill, isRightToLeft } from "./locales";
export { configAddresses, configSheets, resolveRange, resolveRanges } from "./resolve-ranges";
export type { SheetCells } from "./resolve-ranges";
export { resolveRoles } from "./planner/roles";
export type { MetricSource, RoleSource, Roles } from "./planner/roles";
export { MAX_SHEET_NAME, truncateUnits } from "./planner/sheet-names";
