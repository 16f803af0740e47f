/**
 * Main change and Points change (spec §14) in LibreOffice with its default settings (threaded
 * calculation on), and the same with it off: workbooks whose history sheet holds points per
 * metric, in columns headed by names in another order and case, with a removed metric's column,
 * a renamed metric missing, blanks, text, and a baseline snapshot in shuffled order lacking some
 * accounts. The expected
 * values come from the reference and a plain loop over the history written here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SourceValue } from "../../src/health-score";
import { cell } from "../../src/a1/a1";
import { layout } from "../../src/health-score/planner/layout";
import { buildHealthScoreFile } from "../../src/xlsx";
import { referenceHealthScore } from "../health-score/reference";
import { points } from "../health-score/reference-backtest";
import { recalculate } from "../support/libreoffice";
import { recalculateWithoutThreads } from "./recalculate";
import { Case, MetricColumn, caseFrom, random } from "./cases";
import { mismatches } from "./compare";
import { Computed, readComputed } from "./computed-values";
import { appendRows, appendToRow1, xlsxFrom } from "./workbook-edit";

const OLDER = 45990;
const BASELINE = 46000.5;

interface Scenario {
  readonly c: Case;
  /** History row 1 from J, and the baseline's rows: id, score, then the points from J. */
  readonly header: readonly string[];
  readonly baseline: readonly (readonly SourceValue[])[];
}

/** `n` accounts × `m` metrics; the last metric was renamed since the baseline (m > 1). */
function scenario(seed: number, n: number, m: number): Scenario {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const kinds = ["minmax", "percentile", "thresholds"] as const;
  const metrics: MetricColumn[] = Array.from({ length: m }, (_, k) => {
    const normalisation = kinds[k % 3];
    return {
      name: `Metric ${k + 1}`,
      values: Array.from({ length: n }, () => (rnd() < 0.1 ? null : int(0, 100))),
      normalisation,
      weight: [1, 2.5, 10, 33][k % 4],
      ...(normalisation === "thresholds" ? { bad: 20, good: 80 } : { direction: "higher" }),
    };
  });
  const ids = Array.from({ length: n }, (_, i) => `A-${seed}-${i}`);
  const c = caseFrom(`seed ${seed}: ${n} × ${m}`, { ids, metrics, trendSource: "snapshots" });
  const now = points(c.ref, referenceHealthScore(c.ref));
  // Header: a removed metric first, then the kept ones reversed and in lower case; the last
  // metric (renamed since) is absent.
  const kept = m > 1 ? m - 1 : m;
  const header = [
    "Removed metric",
    ...metrics
      .slice(0, kept)
      .map((x) => x.name.toLowerCase())
      .reverse(),
  ];
  const baseline = ids
    .map((id, i) => ({ id, i, order: rnd() }))
    .filter(() => rnd() < 0.9)
    .sort((a, b) => a.order - b.order)
    .map(({ id, i }) => {
      const cellOf = (k: number): SourceValue => {
        const r = rnd();
        if (r < 0.08) return null;
        if (r < 0.1) return "n/a";
        const p = now[k][i];
        // A continuous change: ties between metrics would hang on the last bit of the sums.
        return typeof p === "number" ? Math.max(0, p + (rnd() - 0.5) * 10) : int(0, 30);
      };
      const byHeader = header.map((_, h) => (h === 0 ? int(0, 30) : cellOf(kept - h)));
      return [id, 50, ...byHeader];
    });
  return { c, header, baseline };
}

/** What Main change and Points change should show, by a loop over the history. */
function expected(s: Scenario): [string, number | ""][] {
  const ref = referenceHealthScore(s.c.ref);
  const now = points(s.c.ref, ref);
  const names = s.c.columns.metrics.map((x) => x.name);
  return s.c.columns.ids.map((id, i) => {
    const row = s.baseline.find((r) => r[0] === id);
    if (!row) return ["", ""];
    let best: [string, number | ""] = ["", ""];
    names.forEach((name, k) => {
      const h = s.header.findIndex((x) => x.toLowerCase() === name.toLowerCase());
      const before = h < 0 ? null : row[2 + h];
      const p = now[k][i];
      if (typeof p !== "number" || typeof before !== "number") return;
      const d = p - before;
      if (d < 0 && (best[1] === "" || d < best[1])) best = [name, d];
    });
    return best;
  });
}

const SCENARIOS = [scenario(7, 500, 12), scenario(8, 300, 9), scenario(9, 6, 1)];

let dir: string;
let computed: Map<string, Computed>[];
let sequential: Map<string, Computed>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cs-hs-changes-"));
  const files: string[] = [];
  for (const [i, s] of SCENARIOS.entries()) {
    const result = await buildHealthScoreFile({
      file: "accounts.xlsx",
      content: await xlsxFrom([s.c.sheet]),
      config: s.c.config,
      buildId: "0123456789ab",
      builtAt: 46001.25,
      productVersion: "0.1.0",
    });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    // An older snapshot of two accounts (other numbers), then the baseline.
    const first = 4;
    const rows: (SourceValue | undefined)[][] = [
      [OLDER, s.c.columns.ids[0], 1, undefined, undefined, OLDER, 2, 2, undefined, 99, 99],
      [OLDER, s.c.columns.ids[1], 1, undefined, undefined, BASELINE, first, s.baseline.length],
      ...s.baseline.map(([id, score, ...pts]) => [
        BASELINE,
        id,
        score,
        ...Array(6).fill(undefined),
        ...pts,
      ]),
    ];
    let out = appendToRow1(result.output.toBuffer(), "Health History", 10, s.header);
    out = appendRows(out, "Health History", 2, rows as never);
    const file = join(dir, `changes-${i}.xlsx`);
    writeFileSync(file, out);
    files.push(file);
  }
  const outputs = await recalculate(files, join(dir, "recalculated"));
  computed = outputs.map((f) => readComputed(readFileSync(f)).get("Health Score")!);
  const unthreaded = await recalculateWithoutThreads(files, join(dir, "sequential"));
  sequential = unthreaded.map((f) => readComputed(readFileSync(f)).get("Health Score")!);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(SCENARIOS.map((s, i) => [s.c.name, i] as const))("%s", (_, i) => {
  const s = SCENARIOS[i];
  const l = layout(s.c.columns.ids.length, s.c.columns.metrics.length, "snapshots", false);

  it("Main change and Points change are as the history says", () => {
    const want = expected(s);
    const got = want.map((_, r) => [
      computed[i].get(cell(r + 2, l.mainChange!)) ?? "",
      computed[i].get(cell(r + 2, l.pointsChange!)) ?? "",
    ]);
    const wrong = want.flatMap(([name, fall], r) => {
      const [gotName, gotFall] = got[r];
      const same =
        gotName === name &&
        (fall === ""
          ? gotFall === ""
          : typeof gotFall === "number" && Math.abs(gotFall - fall) < 1e-9);
      return same ? [] : [`row ${r + 2}: got ${gotName} ${gotFall}, expected ${name} ${fall}`];
    });
    expect(wrong).toEqual([]);
    // The scenario exercises both outcomes.
    expect(want.some(([name]) => name !== "")).toBe(true);
    expect(want.some(([name]) => name === "")).toBe(true);
  });

  it("threading off computes the same sheet", () => {
    expect([...sequential[i].entries()]).toEqual([...computed[i].entries()]);
  });

  it("every other cell matches the reference, Previous read through the baseline row", () => {
    const inBaseline = new Set(s.baseline.map((r) => r[0]));
    const ref = referenceHealthScore({
      ...s.c.ref,
      previous: s.c.columns.ids.map((id) => (inBaseline.has(id) ? 50 : null)),
    });
    expect(mismatches(computed[i], s.c, ref)).toEqual([]);
  });
});
