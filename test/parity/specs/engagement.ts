/** Support and engagement functions (functions.md §6): valid data for the native-formula checks. */
import {
  amount,
  day,
  dirtyRange,
  pairedRanges,
  partAmount,
  positiveAmount,
  positiveCount,
  shape,
} from "../data";
import { ParityCase, ParitySpec, range, value } from "../parity-spec";
import { Random } from "../random";
import { countsPartFirst } from "./part-of-whole";

export const ENGAGEMENT: readonly ParitySpec[] = [
  { id: "FCR", generate: countsPartFirst },
  { id: "CONVERSION", generate: countsPartFirst },
  { id: "TRIALCONVERSION", generate: countsPartFirst },
  {
    id: "STICKINESS",
    generate: (random) => {
      const mau = positiveAmount(random);
      return { args: [value(partAmount(random, mau)), value(mau)] };
    },
  },
  {
    id: "AVGSESSION",
    generate: (random) => ({ args: [value(amount(random)), value(positiveCount(random))] }),
  },
  {
    id: "USAGERATE",
    generate: (random) => {
      const usage = dirtyRange(random, shape(random, 40), () => amount(random));
      const numbers = usage.flat().filter((cell): cell is number => typeof cell === "number");
      const threshold = random.pick([
        random.pick(numbers), // a tie: "at or above"
        amount(random),
        -amount(random),
        random.real(),
      ]);
      return { args: [range(usage), value(threshold)] };
    },
  },
  {
    id: "TTV",
    variant: "mean on a time grid",
    generate: onboarding((random) => random.int(0, 1023) / 1024),
  },
  {
    id: "TTV",
    variant: "mean any time of day",
    generate: onboarding((random) => random.real()),
    slack: sumsOfDatesSlack,
  },
];

/**
 * Start and value dates, method "mean" in any letter case. Value dates are blank (not reached
 * yet) about a quarter of the time, otherwise at or after the start; some pairs are skipped
 * (start blank or text, value anything); at least one customer reached value.
 */
function onboarding(timeOfDay: (random: Random) => number) {
  return (random: Random): ParityCase => {
    const [starts, valueDates] = pairedRanges(
      random,
      shape(random, 40),
      random.pick([0, 0.1, 0.3]),
      (reached) => {
        const start = day(random) + timeOfDay(random);
        if (!reached && random.chance(0.25)) return [start, null];
        const days = random.pick([0, random.int(0, 30), random.int(0, 400)]);
        return [start, start + days + timeOfDay(random)];
      }
    );
    return {
      args: [range(starts), range(valueDates), value(random.pick(["mean", "MEAN", "Mean"]))],
    };
  };
}

/**
 * The native mean sums the dates before subtracting (functions.md §6, CS.TTV); the function
 * subtracts each pair first, which is exact for dates (Sterbenz). A sum of k dates, in any order,
 * errs by at most (k − 1)·u·k·M (M the largest date, u = 2⁻⁵³, u·M ≤ ulp(M)), so after dividing
 * by k each of the two sums is off by under k·ulp(M), and the subtraction between them by under
 * ulp(M). The number of date cells bounds k. On a 1/1024-day grid every sum is exact instead.
 */
function sumsOfDatesSlack(parityCase: ParityCase): number {
  const dates = parityCase.args
    .flatMap((arg) => ("range" in arg ? arg.range.flat() : []))
    .filter((cell): cell is number => typeof cell === "number");
  return 2 * dates.length * ulp(Math.max(...dates));
}

const ulp = (x: number): number => 2 ** (Math.floor(Math.log2(x)) - 52);
