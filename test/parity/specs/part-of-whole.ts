/**
 * The rule functions.md §6 states for FCR, CONVERSION and TRIALCONVERSION, and RENEWAL follows
 * too: two counts, part ≤ whole, result part / whole, native `=part/whole`.
 */
import { partCount, positiveCount } from "../data";
import { ParityCase, value } from "../parity-spec";
import { Random } from "../random";

export const partOverWhole = (part: string, whole: string) => [`${part}/${whole}`];

export function countsPartFirst(random: Random): ParityCase {
  const whole = positiveCount(random);
  return { args: [value(partCount(random, whole)), value(whole)] };
}
