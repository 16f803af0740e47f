/** Revenue functions (functions.md §5): valid data for the native-formula checks. */
import {
  amount,
  fraction,
  partAmount,
  positiveAmount,
  positiveCount,
  positiveFraction,
  count,
} from "../data";
import { omitted, ParitySpec, value } from "../parity-spec";
import { Random } from "../random";

/** gross_margin: a fraction, or omitted (the table writes its default 1 into the formula). */
const grossMargin = (random: Random) => (random.chance(0.5) ? value(fraction(random)) : omitted());

/** start_mrr > 0, contraction and churned_mrr that add up to at most start_mrr (often exactly). */
export function losses(random: Random) {
  const start = positiveAmount(random);
  const contraction = partAmount(random, start);
  return { start, contraction, churned: partAmount(random, start - contraction) };
}

export const REVENUE: readonly ParitySpec[] = [
  {
    id: "MRR",
    generate: (random) => ({ args: [value(count(random)), value(amount(random))] }),
  },
  {
    id: "ARPU",
    generate: (random) => ({ args: [value(amount(random)), value(positiveAmount(random))] }),
  },
  {
    id: "NDR",
    generate: (random) => {
      const { start, contraction, churned } = losses(random);
      return {
        args: [value(start), value(amount(random)), value(contraction), value(churned)],
      };
    },
  },
  {
    id: "GRR",
    generate: (random) => {
      const { start, contraction, churned } = losses(random);
      return { args: [value(start), value(contraction), value(churned)] };
    },
  },
  {
    id: "EXPANSIONRATE",
    generate: (random) => ({ args: [value(amount(random)), value(positiveAmount(random))] }),
  },
  {
    id: "CLV",
    generate: (random) => ({
      args: [
        value(amount(random)),
        value(amount(random)),
        value(amount(random)),
        grossMargin(random),
      ],
    }),
  },
  {
    id: "SAASLTV",
    generate: (random) => ({
      args: [value(amount(random)), value(positiveFraction(random)), grossMargin(random)],
    }),
  },
  {
    id: "CRC",
    generate: (random) => ({ args: [value(amount(random)), value(positiveCount(random))] }),
  },
];
