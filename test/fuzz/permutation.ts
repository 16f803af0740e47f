/**
 * Reorders the values of a function's permutable ranges (./specs.ts `permutable`): one random
 * permutation of the row-major items, applied to every range of the group so that pairs stay
 * together; each range keeps its shape.
 */
import { FunctionSpec } from "./specs";

type Grid = readonly (readonly unknown[])[];

/** The arguments with the permutable ranges reordered, or undefined when there is nothing to move. */
export function permuteArgs(
  spec: FunctionSpec,
  args: readonly unknown[],
  seed: number
): unknown[] | undefined {
  const grids = (spec.permutable ?? [])
    .map((name) => spec.params.findIndex((p) => p.name === name))
    .filter((i) => Array.isArray(args[i]));
  if (grids.length === 0) return undefined;
  const size = sizeOf(args[grids[0]] as Grid);
  if (size < 2 || grids.some((i) => sizeOf(args[i] as Grid) !== size)) return undefined;
  const order = shuffledIndices(size, seed);
  const permuted = [...args];
  for (const i of grids) {
    const grid = args[i] as Grid;
    const cols = grid[0].length;
    const at = (k: number) => grid[Math.floor(k / cols)][k % cols];
    permuted[i] = grid.map((row, r) => row.map((_, c) => at(order[r * cols + c])));
  }
  return permuted;
}

const sizeOf = (grid: Grid) => grid.length * grid[0].length;

/** Fisher–Yates driven by mulberry32, so a case's permutation depends only on its seed. */
function shuffledIndices(length: number, seed: number): number[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
