/** The worksheet functions the health-score planner writes (spec §5–§6), by upper-case name. */
import { CRITERIA } from "./criteria";
import { LOGICAL } from "./logical";
import { LOOKUP } from "./lookup";
import { FunctionSpec } from "./spec";
import { STATISTICS } from "./statistics";
import { TEXT } from "./text";

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries({ ...LOGICAL, ...STATISTICS, ...LOOKUP, ...CRITERIA, ...TEXT })
);
