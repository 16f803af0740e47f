/** Survey functions (functions.md §3) against their native formulas. */
import { dirtyRange, shape } from "../data";
import { omitted, ParityCase, ParitySpec, range, value } from "../parity-spec";
import { Random } from "../random";

const scores = (random: Random, min: number, max: number) =>
  range(dirtyRange(random, shape(random, 40), () => random.int(min, max)));

const nps = (random: Random): ParityCase => ({ args: [scores(random, 0, 10)] });

/**
 * CSAT and CES: scores on 1..scale_max; scale_max and the threshold each omitted (its default
 * written into the formula: the scale's default, then floor((scale_max + 1) / 2) + 1) or given.
 */
const thresholdShare =
  (defaultScale: number) =>
  (random: Random): ParityCase => {
    const scaleGiven = random.chance(0.5);
    const scale = scaleGiven ? random.int(2, 11) : defaultScale;
    const defaultThreshold = Math.floor((scale + 1) / 2) + 1;
    return {
      args: [
        scores(random, 1, scale),
        scaleGiven ? value(scale) : omitted(defaultScale),
        random.chance(0.5) ? value(random.int(1, scale)) : omitted(defaultThreshold),
      ],
    };
  };

const shareAtLeast = (r: string, _scale: string, m: string) => [
  `COUNTIF(${r},">="&${m})/COUNT(${r})`,
  `SUMPRODUCT(ISNUMBER(${r})*(${r}>=${m}))/COUNT(${r})`,
];

export const SURVEY: readonly ParitySpec[] = [
  {
    id: "NPS",
    native: (r) => [`(COUNTIF(${r},">=9")-COUNTIF(${r},"<=6"))/COUNT(${r})*100`],
    generate: nps,
  },
  {
    id: "NPSBREAKDOWN",
    spill: true,
    native: (r) => [
      `COUNTIF(${r},">=9")/COUNT(${r})`,
      `COUNTIFS(${r},">=7",${r},"<=8")/COUNT(${r})`,
      `COUNTIF(${r},"<=6")/COUNT(${r})`,
      `COUNT(${r})`,
    ],
    generate: nps,
  },
  { id: "CSAT", native: shareAtLeast, generate: thresholdShare(5) },
  { id: "CES", native: shareAtLeast, generate: thresholdShare(7) },
  {
    id: "CESAVG",
    native: (r) => [`AVERAGE(${r})`],
    generate: (random) => {
      const scale = random.chance(0.5) ? random.int(2, 11) : undefined;
      return {
        args: [scores(random, 1, scale ?? 7), scale === undefined ? omitted(7) : value(scale)],
      };
    },
  },
];
