/**
 * The data functions.md §6 states for FCR, CONVERSION and TRIALCONVERSION, and RENEWAL follows
 * too: two counts, part ≤ whole (result part / whole).
 */
import { partCount, positiveCount } from "../data";
import { ParityCase, value } from "../parity-spec";
import { Random } from "../random";

export function countsPartFirst(random: Random): ParityCase {
  const whole = positiveCount(random);
  return { args: [value(partCount(random, whole)), value(whole)] };
}
