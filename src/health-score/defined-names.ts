/**
 * Every `CSMetrics_*` defined name a score sheet carries (docs/health-score.md): written by
 * the planner, read back by the wizard and the Excel edge, so the spellings live here only. The
 * Share record sheet's name stays in src/share, which may not import the health score.
 */

/** Names starting with it are the add-in's; a Rebuild removes those it no longer plans. */
export const NAME_PREFIX = "CSMetrics_";
/** The ownership marker: which build made the sheet. */
export const OWNER_NAME = `${NAME_PREFIX}Owner`;
/** The header flags with the locale. */
export const HEADERS_NAME = `${NAME_PREFIX}Headers`;
/** The live source ranges of the roles. */
export const IDS_NAME = `${NAME_PREFIX}Src_Ids`;
export const PREVIOUS_NAME = `${NAME_PREFIX}Src_Prev`;
export const REVENUE_NAME = `${NAME_PREFIX}Src_Rev`;
export const OUTCOME_NAME = `${NAME_PREFIX}Src_Outcome`;
/** Metric k's (0-based) source range. */
export const metricName = (k: number): string => `${NAME_PREFIX}Src_M${k + 1}`;
