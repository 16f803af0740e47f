/**
 * A parity spec pairs a CS function with a generator of valid data sets; the native formulas to
 * compare with come from the native-formula table (src/native), built from each case's arguments.
 */
import { Random } from "./random";

/**
 * A worksheet cell in parity data: a number, text, or a blank (null). No booleans in data
 * ranges: LibreOffice loads TRUE/FALSE as 1/0 (oracles.md §1), which the function skips. The one
 * exception is HEALTHSCORE's flags, where TRUE/FALSE mean exactly what 1/0 mean.
 */
export type Cell = number | string | boolean | null;

export type Arg =
  /** A range, row by row; the function gets the same 2-D array Excel would pass. */
  | { readonly range: readonly (readonly Cell[])[] }
  /** A scalar in a cell that the formula references. */
  | { readonly value: number | string }
  /** Not passed (the function gets null); the native formula gets the parameter's default (§8). */
  | { readonly omitted: true };

export const range = (cells: readonly (readonly Cell[])[]): Arg => ({ range: cells });
export const value = (scalar: number | string): Arg => ({ value: scalar });
export const omitted = (): Arg => ({ omitted: true });

export interface ParityCase {
  /** In parameter order. */
  readonly args: readonly Arg[];
}

export interface ParitySpec {
  /** The function id: CS.<id>. */
  readonly id: string;
  /** Names the data when a function has more than one spec (it also names the sheet). */
  readonly variant?: string;
  readonly generate: (random: Random) => ParityCase;
  /**
   * Absolute slack added to functions.md §10's tolerance where the native form itself rounds
   * differently from the definition (TTV's sums of dates with any time of day).
   */
  readonly slack?: (parityCase: ParityCase) => number;
}

export const sheetName = (spec: ParitySpec): string =>
  spec.variant ? `${spec.id} ${spec.variant}` : spec.id;

/** What the function receives for an argument. */
export function passed(arg: Arg): unknown {
  if ("range" in arg) return arg.range;
  return "value" in arg ? arg.value : null;
}
