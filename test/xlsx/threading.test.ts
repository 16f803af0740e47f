/**
 * The health sheet computes the same values in LibreOffice as it comes (threaded formula-group
 * calculation on) as with threading off, and both are the reference's: LibreOffice 7.4's threaded
 * groups computed the per-metric COUNT/MIN/MAX as empty when they read the sheet's own column of
 * mirror formulas while the min–max components ran in threads (docs/health-score.md). Workbooks
 * of 400–1,000 accounts and 9–12 metrics, the size where that struck.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildHealthScoreFile } from "../../src/xlsx";
import { referenceHealthScore } from "../health-score/reference";
import { Case, caseFrom, generatedCase } from "./cases";
import { mismatches } from "./compare";
import { Computed, readComputed } from "./computed-values";
import { recalculate } from "../support/libreoffice";
import { recalculateWithoutThreads } from "./recalculate";
import { xlsxFrom } from "./workbook-edit";

const SHEET = "Health Score";

/** Generated cases of the size that triggered the defect, the first four seeds from 2000 on. */
function largeCases(count: number): Case[] {
  const found: Case[] = [];
  for (let seed = 2000; found.length < count; seed++) {
    const c = generatedCase(seed);
    const n = c.columns.ids.length;
    if (n >= 400 && n <= 1000 && c.columns.metrics.length >= 9) found.push(c);
  }
  return found;
}

/** Every metric min–max over 500 accounts: the layout that struck most often. */
function allMinmax(): Case {
  let state = 7;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const n = 500;
  return caseFrom("500 accounts × 10 min–max metrics", {
    ids: Array.from({ length: n }, (_, i) => `ACC-${i + 1}`),
    metrics: Array.from({ length: 10 }, (_, k) => ({
      name: `Metric ${k + 1}`,
      values: Array.from({ length: n }, () => (next() < 0.1 ? null : Math.round(next() * 1000))),
      normalisation: "minmax" as const,
      direction: k % 3 === 0 ? ("lower" as const) : ("higher" as const),
      weight: 1 + k,
    })),
    trendSource: "none",
  });
}

const CASES = [allMinmax(), ...largeCases(4)];

let dir: string;
let threaded: Map<string, Computed>[];
let sequential: Map<string, Computed>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cs-hs-threads-"));
  const files: string[] = [];
  for (const [i, c] of CASES.entries()) {
    const result = await buildHealthScoreFile({
      file: "accounts.xlsx",
      content: await xlsxFrom([c.sheet]),
      config: c.config,
      buildId: "0123456789ab",
      builtAt: 46001.25,
      productVersion: "0.1.0",
    });
    if (!result.ok)
      throw new Error(`${c.name}: ${result.problems.map((p) => p.message).join("; ")}`);
    const file = join(dir, `case-${i}.xlsx`);
    writeFileSync(file, result.output.toBuffer());
    files.push(file);
  }
  const sheetOf = (f: string) => readComputed(readFileSync(f)).get(SHEET) as Map<string, Computed>;
  const [on, off] = await Promise.all([
    recalculate(files, join(dir, "threaded")),
    recalculateWithoutThreads(files, join(dir, "sequential")),
  ]);
  threaded = on.map(sheetOf);
  sequential = off.map(sheetOf);
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(
  CASES.map(
    (c, i) =>
      [
        `${c.name} (${c.columns.ids.length} accounts, ${c.columns.metrics.length} metrics)`,
        i,
      ] as const
  )
)("%s", (_, i) => {
  it("threading on and off give identical values in every cell", () => {
    const differing = [...sequential[i]].filter(
      ([address, value]) => JSON.stringify(threaded[i].get(address)) !== JSON.stringify(value)
    );
    expect(differing.slice(0, 5)).toEqual([]);
    expect(threaded[i].size).toBe(sequential[i].size);
  });

  it("with threading on (LibreOffice as installed) every cell is the reference's", () => {
    expect(mismatches(threaded[i], CASES[i], referenceHealthScore(CASES[i].ref))).toEqual([]);
  });
});
