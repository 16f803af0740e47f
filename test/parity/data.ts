/**
 * Valid data for the parity specs: numbers inside their functions.md §1 domains, and ranges
 * with blanks and text (numeric text such as "9" too) between the numbers.
 */
import { Cell } from "./parity-spec";
import { Random } from "./random";

export type Grid = Cell[][];

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Text cells: words and numeric text, which the functions and the native formulas all skip. */
const TEXTS = ["n/a", "x", "-", "9", "10", "0", "5", "-1", "0.5", "45292", "TRUE"];

export const text = (random: Random): string => random.pick(TEXTS);

/** Mostly a column, sometimes a row or a block, of at most `maxCells` cells. */
export function shape(random: Random, maxCells: number): Shape {
  switch (random.pick(["column", "column", "row", "block"])) {
    case "column":
      return { rows: random.int(1, maxCells), cols: 1 };
    case "row":
      return { rows: 1, cols: random.int(1, maxCells) };
    default: {
      const cols = random.int(2, 4);
      return { rows: random.int(1, Math.floor(maxCells / cols)), cols };
    }
  }
}

export function fill(size: Shape, cell: (index: number) => Cell): Grid {
  return Array.from({ length: size.rows }, (_, row) =>
    Array.from({ length: size.cols }, (_, col) => cell(row * size.cols + col))
  );
}

/** Numbers from `item` with some blanks and text between them; at least one number. */
export function dirtyRange(random: Random, size: Shape, item: () => number): Grid {
  const dirty = random.pick([0, 0.1, 0.3, 0.6]);
  const grid = fill(size, () => {
    if (!random.chance(dirty)) return item();
    return random.chance(0.5) ? null : text(random);
  });
  if (!grid.flat().some((cell) => typeof cell === "number")) {
    grid[random.int(0, size.rows - 1)][random.int(0, size.cols - 1)] = item();
  }
  return grid;
}

/**
 * Paired ranges (CHURNFROMDATES, TTV) of one shape: item i of each, row-major, is pair i. A
 * `skipped` share of the pairs are ones the functions skip: a blank or text start, anything
 * beside it. One pair, chosen at random, is never skipped: `pair(true)` makes it.
 */
export function pairedRanges(
  random: Random,
  size: Shape,
  skipped: number,
  pair: (chosen: boolean) => [Cell, Cell]
): [Grid, Grid] {
  const chosen = random.int(0, size.rows * size.cols - 1);
  const pairs = Array.from({ length: size.rows * size.cols }, (_, i): [Cell, Cell] => {
    if (i === chosen) return pair(true);
    if (!random.chance(skipped)) return pair(false);
    return [random.pick([null, text(random)]), random.pick([null, text(random), day(random)])];
  });
  return [fill(size, (i) => pairs[i][0]), fill(size, (i) => pairs[i][1])];
}

/** count: a whole number ≥ 0, from small to large. */
export const count = (random: Random): number =>
  random.int(0, random.pick([10, 1000, 1_000_000, 1_000_000_000]));

export const positiveCount = (random: Random): number => Math.max(1, count(random));

/** A count from 0 to `whole`, often exactly 0 or `whole`. */
export const partCount = (random: Random, whole: number): number =>
  random.pick([0, whole, random.int(0, whole), random.int(0, whole)]);

/** amount: a number ≥ 0: zero, whole, money with cents, or any double from 0.001 to 1e9. */
export function amount(random: Random): number {
  switch (random.int(0, 3)) {
    case 0:
      return random.chance(0.5) ? 0 : count(random);
    case 1:
      return count(random);
    case 2:
      return random.int(0, 100_000_000) / 100;
    default:
      return random.real() * 10 ** random.int(-3, 9);
  }
}

export function positiveAmount(random: Random): number {
  const drawn = amount(random);
  return drawn > 0 ? drawn : positiveCount(random);
}

/** An amount from 0 to `whole`, often exactly 0 or `whole`. */
export const partAmount = (random: Random, whole: number): number =>
  random.pick([0, whole, whole * fraction(random), whole * random.real()]);

/** fraction: a number in [0, 1], often 0 or 1, or a whole percentage. */
export const fraction = (random: Random): number =>
  random.pick([0, 1, random.int(0, 100) / 100, random.real()]);

export const positiveFraction = (random: Random): number => {
  const drawn = fraction(random);
  return drawn > 0 ? drawn : random.int(1, 100) / 100;
};

/** A whole-day date serial from 2000-01-01 to 2049-12-31. */
export const day = (random: Random): number => random.int(36526, 54788);
