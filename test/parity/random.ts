/**
 * A tiny seeded generator (mulberry32) for the parity data sets: the same seed regenerates the
 * same data, so a failure can be replayed from the seed it prints.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A double in [0, 1) with all 53 bits random (dates with any time of day need them). */
  real(): number {
    return ((this.next32() >>> 5) * 2 ** 26 + (this.next32() >>> 6)) / 2 ** 53;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.real() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.real() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  private next32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}

/** An independent seed per label (one per sheet), so adding a function leaves the others' data alone. */
export function deriveSeed(seed: number, label: string): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0; // FNV-1a over the label, started from the run's seed
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
