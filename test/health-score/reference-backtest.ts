/**
 * Independent reference of spec §14–§15: points per metric, biggest gap, and the back-test
 * (churn per band, lift, binned and exact pairwise AUC, verdict), from the reference's
 * components and scores.
 */
import { SourceValue } from "../../src/health-score";
import { Band, Blank, RefInput, RefResult } from "./reference";

export interface RefBacktest {
  readonly known: Record<"Green" | "Yellow" | "Red", number>;
  readonly churned: Record<"Green" | "Yellow" | "Red", number>;
  readonly rate: Record<"Green" | "Yellow" | "Red", number | Blank>;
  readonly lift: number | Blank;
  /** Binned as the sheet defines it (score bins of width 1, component bins of width 0.05). */
  readonly auc: number | Blank;
  readonly metricAuc: (number | Blank)[];
  /** Every retained–churned pair compared exactly, ties ½. */
  readonly exactAuc: number | Blank;
  /** Pairs sharing a score bin count ½ whatever their order: |binned − exact| ≤ this. */
  readonly binTieBound: number;
  readonly retained: number;
  readonly churnedTotal: number;
  readonly verdict: "well" | "acceptably" | "poorly" | "too few";
}

export function points(input: RefInput, ref: RefResult): (number | Blank)[][] {
  return input.metrics.map((m, k) =>
    ref.components[k].map((c, i) => {
      if (c === "") return "";
      const present = input.metrics.reduce(
        (s, mj, j) => s + (ref.components[j][i] === "" ? 0 : mj.weight),
        0
      );
      return (100 * m.weight * c) / present;
    })
  );
}

/** The metric with the largest lost points (first on a tie), "" when none is lost. */
export function biggestGaps(input: RefInput, ref: RefResult, names: readonly string[]): string[] {
  return ref.scores.map((score, i) => {
    if (score === "") return "";
    const present = input.metrics.reduce(
      (s, m, j) => s + (ref.components[j][i] === "" ? 0 : m.weight),
      0
    );
    let best = -1;
    let bestLost = 0;
    input.metrics.forEach((m, k) => {
      const c = ref.components[k][i];
      if (c === "") return;
      const lost = (100 * m.weight * (1 - c)) / present;
      if (lost > bestLost) [best, bestLost] = [k, lost];
    });
    return best < 0 ? "" : names[best];
  });
}

const outcome = (v: SourceValue | undefined): 0 | 1 | undefined =>
  v === true || v === 1 ? 1 : v === false || v === 0 ? 0 : undefined;

/** Bin of `x` on edges 0, w, 2w, …: a value within rounding of an edge belongs to that edge. */
const binOf = (x: number, width: number, last: number): number =>
  Math.min(last, Math.floor(x / width + 1e-9));

/** Σ_b R_b·C_b / (2RC): the most the binned AUC can differ from the exact one. */
function tieBound(
  values: readonly (number | Blank)[],
  outcomes: readonly (0 | 1 | undefined)[]
): number {
  const r = new Map<number, number>();
  const c = new Map<number, number>();
  values.forEach((v, i) => {
    const o = outcomes[i];
    if (v === "" || o === undefined) return;
    const m = o === 1 ? c : r;
    const b = binOf(v, 1, 100);
    m.set(b, (m.get(b) ?? 0) + 1);
  });
  const R = [...r.values()].reduce((a, b) => a + b, 0);
  const C = [...c.values()].reduce((a, b) => a + b, 0);
  let same = 0;
  for (const [b, n] of r) same += n * (c.get(b) ?? 0);
  return R && C ? same / (2 * R * C) : 0;
}

function binnedAuc(
  values: readonly (number | Blank)[],
  outcomes: readonly (0 | 1 | undefined)[],
  width: number,
  bins: number
): number | Blank {
  const r = new Array<number>(bins).fill(0);
  const c = new Array<number>(bins).fill(0);
  values.forEach((v, i) => {
    const o = outcomes[i];
    if (v === "" || o === undefined) return;
    (o === 1 ? c : r)[binOf(v, width, bins - 1)]++;
  });
  const R = r.reduce((a, b) => a + b, 0);
  const C = c.reduce((a, b) => a + b, 0);
  if (R === 0 || C === 0) return "";
  let below = 0;
  let sum = 0;
  for (let b = 0; b < bins; b++) {
    sum += r[b] * (below + c[b] / 2);
    below += c[b];
  }
  return sum / (R * C);
}

function exactAuc(
  values: readonly (number | Blank)[],
  outcomes: readonly (0 | 1 | undefined)[]
): number | Blank {
  const retained: number[] = [];
  const churned: number[] = [];
  values.forEach((v, i) => {
    if (v === "" || outcomes[i] === undefined) return;
    (outcomes[i] === 1 ? churned : retained).push(v);
  });
  if (!retained.length || !churned.length) return "";
  let sum = 0;
  for (const a of retained) for (const b of churned) sum += a > b ? 1 : a === b ? 0.5 : 0;
  return sum / (retained.length * churned.length);
}

export function referenceBacktest(
  outcomeValues: readonly SourceValue[],
  ref: RefResult
): RefBacktest {
  const outcomes = outcomeValues.map(outcome);
  const BANDS = ["Green", "Yellow", "Red"] as const;
  const count = (band: Band, o?: 1) =>
    ref.bands.filter(
      (b, i) => b === band && outcomes[i] !== undefined && (o === undefined || outcomes[i] === 1)
    ).length;
  const known = Object.fromEntries(BANDS.map((b) => [b, count(b)])) as RefBacktest["known"];
  const churned = Object.fromEntries(BANDS.map((b) => [b, count(b, 1)])) as RefBacktest["churned"];
  const rate = Object.fromEntries(
    BANDS.map((b) => [b, known[b] === 0 ? "" : churned[b] / known[b]])
  ) as RefBacktest["rate"];
  const lift =
    rate.Red === "" || rate.Green === "" || rate.Green === 0 ? "" : rate.Red / rate.Green;
  const auc = binnedAuc(ref.scores, outcomes, 1, 101);
  const churnedTotal = BANDS.reduce((s, b) => s + churned[b], 0);
  const retained = BANDS.reduce((s, b) => s + known[b], 0) - churnedTotal;
  const verdict =
    churnedTotal < 10 || retained < 10
      ? "too few"
      : (auc as number) >= 0.8
        ? "well"
        : (auc as number) >= 0.7
          ? "acceptably"
          : "poorly";
  return {
    known,
    churned,
    rate,
    lift,
    auc,
    metricAuc: ref.components.map((c) => binnedAuc(c, outcomes, 0.05, 21)),
    exactAuc: exactAuc(ref.scores, outcomes),
    binTieBound: tieBound(ref.scores, outcomes),
    retained,
    churnedTotal,
    verdict,
  };
}
