/**
 * Weights as the pane shows them: each as a share of the total, to one decimal
 * (docs/health-score.md, "Inputs and settings").
 */
import { parseWeight } from "./state";

const positive = (text: string): number | undefined => {
  const w = parseWeight(text);
  return typeof w === "number" && Number.isFinite(w) && w > 0 ? w : undefined;
};

/**
 * Percent share of each weight among the valid ones (numbers > 0), rounded to one decimal;
 * `undefined` for a weight that is not valid (E13 names it) or when no weight is valid.
 */
export function weightShares(weights: readonly string[]): (number | undefined)[] {
  const values = weights.map(positive);
  const total = values.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  return values.map((w) => (w === undefined ? undefined : Math.round((w / total) * 1000) / 10));
}
