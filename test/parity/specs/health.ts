/** CS.HEALTHSCORE (functions.md §7): accounts with and without flags for its two native forms. */
import { amount, fraction, text } from "../data";
import { Cell, omitted, ParityCase, ParitySpec, range } from "../parity-spec";
import { Random } from "../random";

export const HEALTH: readonly ParitySpec[] = [
  {
    id: "HEALTHSCORE",
    variant: "without flags",
    generate: (random) => account(random, false),
  },
  {
    id: "HEALTHSCORE",
    variant: "with flags",
    generate: (random) => account(random, true),
  },
];

/**
 * One account's metrics as a row or a column. A used metric has a value in 0..1, a weight ≥ 0
 * and a flag TRUE, FALSE, 1 or 0; a missing one (blank or text) may have any weight and flag,
 * which are ignored. One used metric always has a positive weight, so the result is a number.
 */
function account(random: Random, withFlags: boolean): ParityCase {
  const n = random.int(1, 12);
  const positive = random.int(0, n - 1);
  const missing = random.pick([0, 0.2, 0.5]);
  const items = Array.from({ length: n }, (_, i): [Cell, Cell, Cell] => {
    if (i !== positive && random.chance(missing)) {
      const ignored = () => random.pick<Cell>([null, text(random), amount(random), -1, true]);
      return [random.pick([null, text(random)]), ignored(), ignored()];
    }
    const weight =
      i === positive ? random.int(1, 100) / 100 : random.pick([0, amount(random), random.real()]);
    return [fraction(random), weight, random.pick([true, false, 1, 0])];
  });
  const vertical = random.chance(0.5);
  const laid = (k: 0 | 1 | 2) =>
    range(vertical ? items.map((item) => [item[k]]) : [items.map((item) => item[k])]);
  return { args: [laid(0), laid(1), withFlags ? laid(2) : omitted()] };
}
