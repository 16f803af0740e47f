/**
 * Health-score cases for the LibreOffice tests: one source sheet built from columns, its config,
 * and the same data as reference input. Also a seeded generator of random cases.
 */
import {
  Direction,
  HealthScoreConfig,
  Normalisation,
  SourceValue,
  TrendSource,
} from "../../src/health-score";
import { columnLetters } from "../../src/a1/a1";
import { MemorySheet } from "../health-score/fixtures";
import { RefInput, RefMetric } from "../health-score/reference";
import { join } from "path";

export interface MetricColumn extends RefMetric {
  readonly name: string;
}

export interface CaseColumns {
  readonly ids: readonly SourceValue[];
  readonly metrics: readonly MetricColumn[];
  readonly previous?: readonly SourceValue[];
  readonly revenue?: readonly SourceValue[];
  /** Churned 1/TRUE, stayed 0/FALSE, else unknown (§15). */
  readonly outcome?: readonly SourceValue[];
  readonly trendSource: TrendSource;
  readonly red?: number;
  readonly green?: number;
  readonly trendThreshold?: number;
}

export interface Case {
  readonly name: string;
  readonly columns: CaseColumns;
  readonly sheet: MemorySheet;
  readonly config: HealthScoreConfig;
  readonly ref: RefInput;
}

export function caseFrom(name: string, columns: CaseColumns): Case {
  const n = columns.ids.length;
  const headers: string[] = ["Account id", ...columns.metrics.map((m) => m.name)];
  const data: (readonly SourceValue[])[] = [columns.ids, ...columns.metrics.map((m) => m.values)];
  if (columns.previous) (headers.push("Previous score"), data.push(columns.previous));
  if (columns.revenue) (headers.push("ARR"), data.push(columns.revenue));
  if (columns.outcome) (headers.push("Churned"), data.push(columns.outcome));
  const rows = [headers, ...Array.from({ length: n }, (_, i) => data.map((column) => column[i]))];
  const range = (c: number) => `Accounts!${columnLetters(c + 1)}1:${columnLetters(c + 1)}${n + 1}`;
  const config: HealthScoreConfig = {
    version: 1,
    ids: { range: range(0), header: true },
    metrics: columns.metrics.map((m, k) => ({
      range: range(k + 1),
      header: true,
      normalisation: m.normalisation,
      weight: m.weight,
      ...(m.normalisation === "thresholds"
        ? { bad: m.bad, good: m.good }
        : { direction: m.direction ?? "higher" }),
    })),
    previousScore: columns.previous
      ? { range: range(columns.metrics.length + 1), header: true }
      : null,
    revenue: columns.revenue
      ? { range: range(headers.length - 1 - (columns.outcome ? 1 : 0)), header: true }
      : null,
    ...(columns.outcome ? { outcome: { range: range(headers.length - 1), header: true } } : {}),
    trendSource: columns.trendSource,
    bands: { red: columns.red ?? 40, green: columns.green ?? 70 },
    trendThreshold: columns.trendThreshold ?? 10,
  };
  const ref: RefInput = {
    ids: columns.ids,
    metrics: columns.metrics,
    previous: columns.trendSource === "column" ? columns.previous : undefined,
    revenue: columns.revenue,
    red: columns.red,
    green: columns.green,
    trendThreshold: columns.trendThreshold,
  };
  return { name, columns, sheet: { name: "Accounts", rows }, config, ref };
}

/** Seeded generator (samples/health-score/random.js), so a failing case can be rebuilt from its seed. */
export const random = (
  require(join(__dirname, "..", "..", "samples", "health-score", "random.js")) as {
    mulberry32: (seed: number) => () => number;
  }
).mulberry32;

const NORMALISATIONS: Normalisation[] = ["minmax", "percentile", "thresholds"];

/** Random accounts (1–2,000), metrics (1–12), every normalisation and direction, dirty cells. */
export function generatedCase(seed: number): Case {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const n = rnd() < 0.2 ? int(1, 12) : int(1, 2000);
  const m = int(1, 12);
  const dirty = (value: () => number, rate: number) => (): SourceValue => {
    const r = rnd();
    if (r < rate) return null;
    if (r < rate * 1.6) return "n/a";
    if (r < rate * 1.8) return { error: "#N/A" };
    return value();
  };
  const metrics: MetricColumn[] = Array.from({ length: m }, (_, k) => {
    const normalisation = pick(NORMALISATIONS);
    const scale = pick([1, 10, 100, 1e4]);
    const constant = rnd() < 0.05;
    const integers = rnd() < 0.5;
    const number = () =>
      constant ? 7 : integers ? int(0, 20) * scale : Math.round(rnd() * scale * 1000) / 1000;
    const values = Array.from({ length: n }, dirty(number, pick([0, 0.05, 0.2])));
    if (!values.some((v) => typeof v === "number")) values[int(0, n - 1)] = number();
    const bad = Math.round(rnd() * scale * 20);
    const good =
      rnd() < 0.5
        ? bad + int(1, 20) * scale
        : Math.max(0, bad - int(1, 20) * scale) - (bad === 0 ? scale : 0);
    return {
      name: `Metric ${k + 1}`,
      values,
      normalisation,
      direction: pick<Direction>(["higher", "lower"]),
      weight: pick([1, 2.5, 10, 33, 0.25]),
      ...(normalisation === "thresholds" ? { bad, good } : {}),
    };
  });
  const hasPrevious = rnd() < 0.5;
  const previous = hasPrevious
    ? Array.from(
        { length: n },
        dirty(() => Math.round(rnd() * 1000) / 10, 0.1)
      )
    : undefined;
  const revenue =
    rnd() < 0.6
      ? Array.from(
          { length: n },
          dirty(() => int(0, 500) * 1000, 0.05)
        )
      : undefined;
  const ids = Array.from({ length: n }, (_, i) => (rnd() < 0.3 ? 100000 + i : `ACC-${seed}-${i}`));
  // Drawn last so the earlier columns of a seed stay as they were.
  const outcome =
    rnd() < 0.5
      ? Array.from({ length: n }, (): SourceValue => {
          const r = rnd();
          return r < 0.1 ? null : r < 0.13 ? "x" : pick<SourceValue>([1, 0, 0, true, false]);
        })
      : undefined;
  return caseFrom(`seed ${seed}: ${n} accounts × ${m} metrics`, {
    ids,
    metrics,
    previous,
    revenue,
    outcome,
    trendSource: hasPrevious ? "column" : pick<TrendSource>(["none", "snapshots"]),
    red: pick([40, 30, 55]),
    green: pick([70, 80, 60]),
    trendThreshold: pick([10, 5, 0.5]),
  });
}
