/** Customer-retention functions (functions.md §4): valid data for the native-formula checks. */
import { count, day, pairedRanges, partCount, positiveCount, shape } from "../data";
import { ParityCase, ParitySpec, range, value } from "../parity-spec";
import { Random } from "../random";
import { countsPartFirst } from "./part-of-whole";

export const RETENTION: readonly ParitySpec[] = [
  {
    id: "CHURN",
    generate: (random) => {
      const start = positiveCount(random);
      return { args: [value(start), value(partCount(random, start))] };
    },
  },
  {
    id: "CHURNFROMDATES",
    generate: subscriptions,
  },
  {
    id: "RETENTION",
    generate: (random) => {
      const start = positiveCount(random);
      const added = count(random);
      return { args: [value(start), value(partCount(random, start) + added), value(added)] };
    },
  },
  { id: "RENEWAL", generate: countsPartFirst },
];

/**
 * A subscription list around a period with whole-day bounds (the native formula is exact only
 * for those). Dates often fall on the period's edges and carry a time of day half the time (the
 * function truncates them to days); some pairs are skipped (start blank or text, end anything);
 * one subscription is always active at the start, so the result is a number.
 */
function subscriptions(random: Random): ParityCase {
  const periodStart = day(random);
  const periodEnd = periodStart + random.pick([0, random.int(1, 31), random.int(1, 400)]);
  const edges = [periodStart - 1, periodStart, periodEnd, periodEnd + 1];
  const someDay = () =>
    random.chance(0.3) ? random.pick(edges) : random.int(periodStart - 800, periodEnd + 200);
  const withTime = (whole: number) => (random.chance(0.5) ? whole : whole + random.real());
  const endFrom = (start: number) =>
    random.chance(0.4) ? null : withTime(Math.max(Math.floor(start), someDay()));
  const [starts, ends] = pairedRanges(
    random,
    shape(random, 40),
    random.pick([0, 0.1, 0.3]),
    (activeAtStart) => {
      if (activeAtStart) {
        const start = withTime(random.int(periodStart - 800, periodStart - 1));
        const end = withTime(random.int(periodStart, periodEnd + 200));
        return [start, random.chance(0.5) ? null : end];
      }
      const start = withTime(someDay());
      return [start, endFrom(start)];
    }
  );
  return {
    args: [range(starts), range(ends), value(periodStart), value(periodEnd)],
  };
}
