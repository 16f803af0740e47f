/**
 * Independent reference of the health score (spec §3, §5.3–§5.7) computed from raw values in
 * plain TypeScript, without formulas: what every written workbook must compute.
 */
import { SourceValue } from "../../src/health-score";

export type Blank = "";
export type Band = "Green" | "Yellow" | "Red" | "No data";
export type Trend = "▲ Improving" | "▼ Declining" | "→ Stable" | Blank;

export interface RefMetric {
  readonly values: readonly SourceValue[];
  readonly normalisation: "minmax" | "percentile" | "thresholds";
  readonly direction?: "higher" | "lower";
  readonly weight: number;
  readonly bad?: number;
  readonly good?: number;
}

export interface RefInput {
  readonly ids: readonly SourceValue[];
  readonly metrics: readonly RefMetric[];
  readonly previous?: readonly SourceValue[];
  readonly revenue?: readonly SourceValue[];
  readonly red?: number;
  readonly green?: number;
  readonly trendThreshold?: number;
}

export interface RefResult {
  /** What it was computed from (points and the back-test need the weights). */
  readonly input: RefInput;
  readonly components: (number | Blank)[][];
  readonly scores: (number | Blank)[];
  readonly bands: Band[];
  readonly previous: (number | Blank)[];
  readonly changes: (number | Blank)[];
  readonly trends: Trend[];
  readonly stats: {
    count: number;
    min: number | Blank;
    max: number | Blank;
    weightShare: number;
  }[];
  readonly summary: {
    readonly counts: Record<Band, number>;
    readonly shares: Record<Band, number | Blank>;
    readonly revenue: Record<Band, number>;
    readonly total: number;
    readonly totalRevenue: number;
    readonly average: number | Blank;
    readonly median: number | Blank;
    readonly declining: number;
    readonly revenueAtRisk: number;
  };
  /** Up to 10 entries, lowest score first, ties in table order. */
  readonly lowest: {
    id: SourceValue;
    score: number;
    band: Band;
    revenue: number | Blank;
    row: number;
  }[];
}

const num = (v: SourceValue | undefined): v is number => typeof v === "number";

/** PERCENTILE / PERCENTILE.INC of sorted values at j/100, with the rank computed exactly. */
export function percentileAt(sorted: readonly number[], j: number): number {
  const h = (j * (sorted.length - 1)) / 100;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length
    ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo])
    : sorted[lo];
}

export interface Grid {
  readonly g: readonly number[];
  /** Grid values strictly below g[j] (0-based first index of its tie run). */
  readonly below: readonly number[];
  /** Grid values ≤ g[j], minus 1 (0-based last index of its tie run). */
  readonly last: readonly number[];
}

export function percentileGrid(sorted: readonly number[]): Grid {
  const g = Array.from({ length: 101 }, (_, j) => percentileAt(sorted, j));
  return {
    g,
    below: g.map((gj) => g.filter((v) => v < gj).length),
    last: g.map((gj) => g.filter((v) => v <= gj).length - 1),
  };
}

/** The grid approximation of the mid-rank percentile (spec §5.3). */
export function gridPercentile({ g, below, last }: Grid, x: number): number {
  let i = 0;
  while (i + 1 < g.length && g[i + 1] <= x) i++;
  if (g[i] === x) return (below[i] + last[i]) / 200;
  const t = last[i];
  return (t + (x - g[i]) / (g[t + 1] - g[i])) / 100;
}

function components(metric: RefMetric): (number | Blank)[] {
  const valid = metric.values.filter(num);
  const sorted = [...valid].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const lower = metric.direction === "lower";
  const grid =
    metric.normalisation === "percentile" && valid.length > 0 ? percentileGrid(sorted) : undefined;
  return metric.values.map((x) => {
    if (!num(x)) return "";
    switch (metric.normalisation) {
      case "thresholds": {
        const { bad, good } = metric as Required<RefMetric>;
        return Math.max(0, Math.min(1, (x - bad) / (good - bad)));
      }
      case "minmax":
        if (max === min) return 1;
        return lower ? (max - x) / (max - min) : (x - min) / (max - min);
      case "percentile": {
        if (max === min) return 1;
        const p = gridPercentile(grid as Grid, x);
        return lower ? 1 - p : p;
      }
    }
  });
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function referenceHealthScore(input: RefInput): RefResult {
  const red = input.red ?? 40;
  const green = input.green ?? 70;
  const T = input.trendThreshold ?? 10;
  const n = input.ids.length;
  const comps = input.metrics.map(components);
  const weightSum = input.metrics.reduce((s, m) => s + m.weight, 0);
  const scores = input.ids.map((_, i) => {
    let top = 0;
    let weights = 0;
    comps.forEach((c, k) => {
      const v = c[i];
      if (v !== "") {
        top += input.metrics[k].weight * v;
        weights += input.metrics[k].weight;
      }
    });
    return weights === 0 ? ("" as const) : (top / weights) * 100;
  });
  const bands = scores.map((s): Band =>
    s === "" ? "No data" : s < red ? "Red" : s < green ? "Yellow" : "Green"
  );
  const previous = input.ids.map((_, i) => {
    const v = input.previous?.[i];
    return num(v) ? v : ("" as const);
  });
  const changes = scores.map((s, i) => {
    const p = previous[i];
    return s !== "" && p !== "" ? s - p : ("" as const);
  });
  const trends = changes.map((c): Trend =>
    c === "" ? "" : c <= -T ? "▼ Declining" : c >= T ? "▲ Improving" : "→ Stable"
  );
  const revenue = input.ids.map((_, i) => {
    const v = input.revenue?.[i];
    return num(v) ? v : ("" as const);
  });
  const BANDS: Band[] = ["Green", "Yellow", "Red", "No data"];
  const count = (b: Band) => bands.filter((x) => x === b).length;
  const revenueOf = (b: Band) =>
    revenue.reduce<number>((s, r, i) => s + (bands[i] === b && r !== "" ? r : 0), 0);
  const numericScores = scores.filter((s): s is number => s !== "");
  const order = scores
    .map((s, i) => ({ s, i }))
    .filter((e): e is { s: number; i: number } => e.s !== "")
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, 10);
  return {
    input,
    components: comps,
    scores,
    bands,
    previous,
    changes,
    trends,
    stats: input.metrics.map((m) => {
      const valid = m.values.filter(num);
      return {
        count: valid.length,
        min: valid.length ? valid.reduce((a, b) => Math.min(a, b)) : "",
        max: valid.length ? valid.reduce((a, b) => Math.max(a, b)) : "",
        weightShare: m.weight / weightSum,
      };
    }),
    summary: {
      counts: Object.fromEntries(BANDS.map((b) => [b, count(b)])) as Record<Band, number>,
      shares: Object.fromEntries(BANDS.map((b) => [b, n === 0 ? "" : count(b) / n])) as Record<
        Band,
        number
      >,
      revenue: Object.fromEntries(BANDS.map((b) => [b, revenueOf(b)])) as Record<Band, number>,
      total: n,
      totalRevenue: revenue.reduce<number>((s, r) => s + (r === "" ? 0 : r), 0),
      average: numericScores.length
        ? numericScores.reduce((a, b) => a + b, 0) / numericScores.length
        : "",
      median: numericScores.length ? median(numericScores) : "",
      declining: trends.filter((t) => t === "▼ Declining").length,
      revenueAtRisk: revenueOf("Red"),
    },
    lowest: order.map(({ s, i }) => ({
      id: input.ids[i],
      score: s,
      band: bands[i],
      revenue: revenue[i],
      row: i + 1,
    })),
  };
}
