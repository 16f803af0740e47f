/**
 * The back-test's verdict (docs/health-score.md, "The back-test") from the figures the sheet
 * computes: the AUC of the score and how many churned and retained accounts have a known
 * outcome. One rule for the sheet's verdict formula (planner/backtest-block.ts) and the pane's
 * sentence after Build.
 */
import { MIN_OUTCOMES } from "./planner/outcome";

/** AUC from this on "separates well", from AUC_ACCEPTABLE "acceptably" (Hosmer–Lemeshow). */
export const AUC_WELL = 0.8;
export const AUC_ACCEPTABLE = 0.7;

/** The back-test block's figures as the calculated sheet shows them. */
export interface BacktestFigures {
  /** Undefined when the sheet shows none (no churned or no retained account known). */
  readonly auc?: number;
  readonly churned: number;
  readonly retained: number;
}

export type BacktestVerdict = "well" | "acceptably" | "poorly" | "tooFew";

/** Too few outcomes (W11) before any AUC band; undefined when enough but no AUC to judge. */
export function backtestVerdict(f: BacktestFigures): BacktestVerdict | undefined {
  if (f.churned < MIN_OUTCOMES || f.retained < MIN_OUTCOMES) return "tooFew";
  if (f.auc === undefined) return undefined;
  if (f.auc >= AUC_WELL) return "well";
  return f.auc >= AUC_ACCEPTABLE ? "acceptably" : "poorly";
}
