/** Survey functions (functions.md §3): valid data for the native-formula checks. */
import { dirtyRange, shape } from "../data";
import { omitted, ParityCase, ParitySpec, range, value } from "../parity-spec";
import { Random } from "../random";

const scores = (random: Random, min: number, max: number) =>
  range(dirtyRange(random, shape(random, 40), () => random.int(min, max)));

export const nps = (random: Random): ParityCase => ({ args: [scores(random, 0, 10)] });

/**
 * CSAT and CES: scores on 1..scale_max; scale_max and the threshold each omitted (the table
 * writes the default: the scale's, then floor((scale_max + 1) / 2) + 1) or given.
 */
export const thresholdShare =
  (defaultScale: number) =>
  (random: Random): ParityCase => {
    const scaleGiven = random.chance(0.5);
    const scale = scaleGiven ? random.int(2, 11) : defaultScale;
    return {
      args: [
        scores(random, 1, scale),
        scaleGiven ? value(scale) : omitted(),
        random.chance(0.5) ? value(random.int(1, scale)) : omitted(),
      ],
    };
  };

export const SURVEY: readonly ParitySpec[] = [
  { id: "NPS", generate: nps },
  { id: "NPSBREAKDOWN", generate: nps },
  { id: "CSAT", generate: thresholdShare(5) },
  { id: "CES", generate: thresholdShare(7) },
  {
    id: "CESAVG",
    generate: (random) => {
      const scale = random.chance(0.5) ? random.int(2, 11) : undefined;
      return {
        args: [scores(random, 1, scale ?? 7), scale === undefined ? omitted() : value(scale)],
      };
    },
  },
];
