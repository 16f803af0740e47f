/** Revenue functions (functions.md §5) against their native formulas. */
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

/** gross_margin: a fraction, or omitted with its default 1 written into the formula. */
const grossMargin = (random: Random) => (random.chance(0.5) ? value(fraction(random)) : omitted(1));

/** start_mrr > 0, contraction and churned_mrr that add up to at most start_mrr (often exactly). */
function losses(random: Random) {
  const start = positiveAmount(random);
  const contraction = partAmount(random, start);
  return { start, contraction, churned: partAmount(random, start - contraction) };
}

export const REVENUE: readonly ParitySpec[] = [
  {
    id: "MRR",
    native: (n, arpu) => [`${n}*${arpu}`],
    generate: (random) => ({ args: [value(count(random)), value(amount(random))] }),
  },
  {
    id: "ARPU",
    native: (revenue, users) => [`${revenue}/${users}`],
    generate: (random) => ({ args: [value(amount(random)), value(positiveAmount(random))] }),
  },
  {
    id: "NDR",
    native: (s, x, c, ch) => [`(${s}+${x}-${c}-${ch})/${s}`],
    generate: (random) => {
      const { start, contraction, churned } = losses(random);
      return {
        args: [value(start), value(amount(random)), value(contraction), value(churned)],
      };
    },
  },
  {
    id: "GRR",
    native: (s, c, ch) => [`(${s}-${c}-${ch})/${s}`],
    generate: (random) => {
      const { start, contraction, churned } = losses(random);
      return { args: [value(start), value(contraction), value(churned)] };
    },
  },
  {
    id: "EXPANSIONRATE",
    native: (x, s) => [`${x}/${s}`],
    generate: (random) => ({ args: [value(amount(random)), value(positiveAmount(random))] }),
  },
  {
    id: "CLV",
    native: (v, p, l, m) => [`${v}*${p}*${l}*${m}`],
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
    native: (arpu, churn, m) => [`${arpu}*${m}/${churn}`],
    generate: (random) => ({
      args: [value(amount(random)), value(positiveFraction(random)), grossMargin(random)],
    }),
  },
  {
    id: "CRC",
    native: (cost, n) => [`${cost}/${n}`],
    generate: (random) => ({ args: [value(amount(random)), value(positiveCount(random))] }),
  },
];
