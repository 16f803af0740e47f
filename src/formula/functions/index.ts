/** The worksheet functions the health-score planner and the native forms write, by upper-case name. */
import { CRITERIA } from "./criteria";
import { LOGICAL } from "./logical";
import { LOOKUP } from "./lookup";
import { MATH } from "./math";
import { FunctionSpec } from "./spec";
import { STATISTICS } from "./statistics";
import { TEXT } from "./text";

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries({ ...LOGICAL, ...STATISTICS, ...LOOKUP, ...CRITERIA, ...TEXT, ...MATH })
);
