import { NpsAnswers } from "./nps-answers";

/** An NPS sample after the adjusted-Wald correction, on the −1..1 scale. */
export interface AdjustedNps {
  /** n′ = n + 3. */
  readonly n: number;
  /** m = p′ − d′, the adjusted NPS as a fraction. */
  readonly m: number;
  /** var = p′ + d′ − m², the variance of one answer scored +1, 0, −1. */
  readonly variance: number;
}

/**
 * The adjusted-Wald correction of an NPS sample (Rocks 2016, "Interval Estimation for the 'Net
 * Promoter Score'", The American Statistician 70(4); docs/function-contract.md): add three answers,
 * one promoter, one passive and one detractor split as 0.75 + 1.5 + 0.75, so n′ = n + 3,
 * p′ = (P + 0.75)/n′, d′ = (D + 0.75)/n′, m = p′ − d′ and var = p′ + d′ − m². The added
 * answers keep var above 0 even for a sample of all promoters, where the plain Wald interval has
 * width 0. CS.NPSCI builds its interval and CS.NPSTEST its z statistic from these.
 */
export function adjustedNps({ n, promoters, detractors }: NpsAnswers): AdjustedNps {
  const adjusted = n + 3;
  const p = (promoters + 0.75) / adjusted;
  const d = (detractors + 0.75) / adjusted;
  const m = p - d;
  // p′ + d′ < 1 and |m| ≤ p′ + d′, so var > 0; the max only guards the rounding of m².
  return { n: adjusted, m, variance: Math.max(0, p + d - m * m) };
}
