/** "Did you mean …?" for a misspelt name: the closest allowed name within a small edit distance. */

/** Levenshtein distance, case-insensitive (a key typed `Weight` is one edit from `weight`). */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)
      );
    previous = current;
  }
  return previous[y.length];
}

/** The allowed name closest to `typed`, when it is close enough to be a slip (a third of its length, at least 2). */
export function closestName(typed: string, allowed: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of allowed) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}
