/** Uncertainty and revenue churn (functions.md §11): valid data for the native-formula checks. */
import { amount } from "../data";
import { Arg, omitted, ParitySpec, value } from "../parity-spec";
import { Random } from "../random";
import { losses } from "./revenue";
import { nps, thresholdShare } from "./survey";

/**
 * confidence: omitted (the table writes 0.95), or a level from 0.5 to 0.9999, the range whose
 * z the normal routines are checked over (test/core/stats), sometimes a round one.
 */
const confidence = (random: Random): Arg => {
  if (random.chance(0.3)) return omitted();
  if (random.chance(0.3)) return value(random.pick([0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]));
  return value(0.5 + 0.4999 * random.real());
};

const csat = thresholdShare(5);

export const UNCERTAINTY: readonly ParitySpec[] = [
  { id: "NPSCI", generate: (random) => ({ args: [...nps(random).args, confidence(random)] }) },
  {
    id: "NPSTEST",
    generate: (random) => ({ args: [...nps(random).args, ...nps(random).args] }),
  },
  { id: "CSATCI", generate: (random) => ({ args: [...csat(random).args, confidence(random)] }) },
  {
    id: "REVENUECHURN",
    generate: (random) => {
      const { start, contraction, churned } = losses(random);
      const expansion = random.chance(0.5) ? value(amount(random)) : omitted();
      return { args: [value(start), value(contraction), value(churned), expansion] };
    },
  },
];
