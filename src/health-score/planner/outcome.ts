/**
 * The outcome role (docs/health-score.md, "The back-test"): 1 or TRUE = churned, 0 or FALSE =
 * stayed, anything else unknown. W10 counts the cells that are neither blank nor an outcome; W11
 * says when too few accounts have one to judge the back-test. The back-test block is written only
 * when some outcome is known.
 */
import { Problem } from "../problems";
import { SourceValue, isNumber } from "../sources";
import { isBlank } from "./header-detection";
import { MakeProblem } from "./problem-factory";
import { RoleSource } from "./roles";

/** Fewer churned or retained accounts than this and the verdict is "too few outcomes to judge". */
export const MIN_OUTCOMES = 10;

export function outcomeOf(v: SourceValue): 0 | 1 | undefined {
  if (v === true || v === 1) return 1;
  if (v === false || v === 0) return 0;
  return undefined;
}

/**
 * Header of the outcome range: its first cell is text and either the ids start on the same row
 * with a header, or at least half of the non-blank cells below are outcomes. (The metric rule,
 * "half are numbers", would take the header of a text column for data and misalign it by a row.)
 */
export function detectOutcomeHeader(
  values: readonly SourceValue[],
  alignedWithIds: boolean
): boolean {
  const [first, ...rest] = values;
  if (typeof first !== "string" || first.trim() === "" || rest.length === 0) return false;
  if (alignedWithIds) return true;
  const filled = rest.filter((v) => !isBlank(v));
  return filled.filter((v) => outcomeOf(v) !== undefined).length * 2 >= filled.length;
}

/** The back-test needs at least one known outcome; a column of texts gives none. */
export const hasKnownOutcome = (outcome: RoleSource | undefined): boolean =>
  !!outcome && outcome.data.some((v) => outcomeOf(v) !== undefined);

/**
 * `scored[i]`: account i has at least one numeric metric value, so a score, and so counts in the
 * back-test.
 */
export function validateOutcome(
  outcome: RoleSource,
  scored: readonly boolean[],
  make: MakeProblem
): Problem[] {
  const unknown = outcome.data.filter((v) => !isBlank(v) && outcomeOf(v) === undefined).length;
  const problems =
    unknown > 0 ? [make("W10", outcome.role, { n: unknown }, outcome.choice.range)] : [];
  if (!hasKnownOutcome(outcome)) return problems;
  const counts = [0, 0];
  outcome.data.forEach((v, i) => {
    const o = outcomeOf(v);
    if (o !== undefined && scored[i]) counts[o]++;
  });
  const [retained, churned] = counts;
  if (churned < MIN_OUTCOMES || retained < MIN_OUTCOMES)
    problems.push(make("W11", outcome.role, { churned, retained }, outcome.choice.range));
  return problems;
}

/** Account i has a score when one of its metric values is a number. */
export const scoredAccounts = (metrics: readonly RoleSource[], accounts: number): boolean[] =>
  Array.from({ length: accounts }, (_, i) => metrics.some((m) => isNumber(m.data[i])));
