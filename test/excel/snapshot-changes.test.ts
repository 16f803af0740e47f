/**
 * What changed since the baseline snapshot (spec §14) through Office.js on the fake: a Snapshot
 * records each metric's points under its name, and Main change / Points change name the metric
 * whose points fell most and by how much, in every locale; a renamed metric gets a new history
 * column and is left out of the comparison until a snapshot holds its new name.
 */
import { takeSnapshot } from "../../src/excel/snapshot";
import { writePlan } from "../../src/excel/write-plan";
import { HealthScoreConfig, Locale, OUTPUT_STRINGS } from "../../src/health-score";
import { MINMAX_CONFIG, MINMAX_SHEET } from "../health-score/fixtures";
import { fakeWith, planFor, recorder } from "./fake-support";

const LOCALES: Locale[] = ["en", "ar", "fa", "ro", "zh-CN"];
const T1 = new Date(2026, 2, 1, 9, 30);
const T2 = new Date(2026, 2, 8, 9, 30);
const NAMES = ["Usage minutes", "Support tickets", "NPS"];

// 13.1's table with revenue: points H:J, Score K, Band L, Biggest gap M, Previous N, Change O,
// Trend P, Main change Q, Points change R, ARR S; panel labels in U, metrics in V:X.
const POINTS = "E2:G7";
const CHANGES = "N2:O7";

const configIn = (locale: Locale): HealthScoreConfig => ({
  ...MINMAX_CONFIG,
  metrics: MINMAX_CONFIG.metrics?.map((m, k) => ({ ...m, name: NAMES[k] })),
  previousScore: undefined,
  trendSource: "snapshots",
  locale,
});

async function built(locale: Locale) {
  const fake = fakeWith([MINMAX_SHEET]);
  const plan = planFor(configIn(locale), [MINMAX_SHEET], fake.book.sheetNames);
  const outcome = await writePlan(fake.host, plan, { mode: "new" }, recorder());
  if (!outcome.ok) throw new Error(outcome.message);
  const { sheet, history } = OUTPUT_STRINGS[locale];
  return { ...fake, sheet, history };
}

const blanks = (rows: number) => Array.from({ length: rows }, () => ["", ""]);

describe.each(LOCALES)("Main change and Points change (%s)", (locale) => {
  test("a snapshot records points by name; a fall in NPS is named with its size", async () => {
    const { host, book, sheet, history } = await built(locale);
    expect(book.values(sheet, "N1:O1")).toEqual([
      [OUTPUT_STRINGS[locale].mainChange, OUTPUT_STRINGS[locale].pointsChange],
    ]);
    // No snapshot yet: no baseline, nothing to compare.
    expect(book.values(sheet, CHANGES)).toEqual(blanks(6));

    const points = book.values(sheet, POINTS);
    expect(await takeSnapshot(host, sheet, recorder(), () => T1)).toMatchObject({ ok: true });
    expect(book.values(history, "I1:L1")).toEqual([["", ...NAMES]]);
    // Points as numbers, blanks (A-103's usage, A-104's tickets) blank.
    expect(book.values(history, "J2:L7")).toEqual(points);
    expect(points[2][0]).toBe("");
    expect(points[3][1]).toBe("");
    expect(book.values(sheet, CHANGES)).toEqual(blanks(6));

    // A-101's NPS drops from 9 to 3, the lowest: component 6/7 → 0, so its NPS points fall by
    // 100 · 30 · 6/7 / 100 = 180/7; nothing else moves (min, max and weights stay).
    book.setCell("Accounts", 1, 3, 3);
    const changes = book.values(sheet, CHANGES);
    expect(changes[0][0]).toBe("NPS");
    expect(changes[0][1]).toBeCloseTo(-180 / 7, 12);
    expect(changes.slice(1)).toEqual(blanks(5));
    expect(book.cell(sheet, 1, 14).numberFormat).toBe("+0.0;-0.0;0.0");

    // A Rebuild rewrites the score sheet only; the comparison with the baseline stands.
    const historyBefore = book.snapshot();
    const plan = planFor(configIn(locale), [MINMAX_SHEET], book.sheetNames, {
      rebuild: { sheet, history },
    });
    const rebuilt = await writePlan(host, plan, { mode: "rebuild", sheet }, recorder());
    expect(rebuilt).toMatchObject({ ok: true });
    expect(book.diff(historyBefore).filter((c) => c.sheet === history)).toEqual([]);
    expect(book.values(sheet, CHANGES)).toEqual(changes);
  });
});

describe("Main change across a renamed metric", () => {
  test("a renamed metric is compared only once a snapshot holds its new name", async () => {
    const { host, book, sheet, history } = await built("en");
    await takeSnapshot(host, sheet, recorder(), () => T1);
    // Finance renames NPS in the panel (U6); then A-101's NPS drops to 3 (−180/7) and A-102's
    // usage from 300 to 50, the lowest (min 50 and max 1200 stay): component 250/1150 → 0, a
    // fall of 100 · 50 · (250/1150) / 100 = 250/23 ≈ 10.87 points.
    book.setCell(sheet, 5, 20, "Net promoter");
    book.setCell("Accounts", 1, 3, 3);
    book.setCell("Accounts", 2, 1, 50);
    let changes = book.values(sheet, CHANGES);
    // A-101's NPS fall is not compared (no history column named Net promoter): no change.
    expect(changes[0]).toEqual(["", ""]);
    expect(changes[1][0]).toBe("Usage minutes");
    expect(changes[1][1]).toBeCloseTo(-250 / 23, 12);

    // The next snapshot heads a new column M with the new name; row 1 of J:L and the first
    // snapshot's rows stay as they were, and its NPS column stays blank in the new rows.
    const before = book.values(history, "J1:L7");
    await takeSnapshot(host, sheet, recorder(), () => T2);
    expect(book.values(history, "J1:M1")).toEqual([[...NAMES, "Net promoter"]]);
    expect(book.values(history, "J1:L7")).toEqual(before);
    expect(book.values(history, "L8:L13")).toEqual(Array(6).fill([""]));
    expect(book.values(history, "M8:M13")).toEqual(book.values(sheet, "G2:G7"));
    // Right after it, nothing fell.
    expect(book.values(sheet, CHANGES)).toEqual(blanks(6));
  });
});
