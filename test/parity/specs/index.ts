/** Every parity spec, in the order of functions.md's sections. */
import { ParitySpec } from "../parity-spec";
import { ENGAGEMENT } from "./engagement";
import { HEALTH } from "./health";
import { RETENTION } from "./retention";
import { REVENUE } from "./revenue";
import { SURVEY } from "./survey";
import { UNCERTAINTY } from "./uncertainty";

export const PARITY_SPECS: readonly ParitySpec[] = [
  ...SURVEY,
  ...RETENTION,
  ...REVENUE,
  ...ENGAGEMENT,
  ...HEALTH,
  ...UNCERTAINTY,
];
