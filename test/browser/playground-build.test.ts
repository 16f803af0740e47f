/**
 * The playground in headless Chromium: the real pane on the real Office.js edge over the fake
 * workbook with the 300 sample accounts. Ranges and settings go in through the pane's controls
 * as samples/health-score/config.json has them; the written sheet must equal the planner's
 * SheetPlan (computed here in Node on the same sample) and compute what the independent JS
 * reference computes. Then Rebuild after a weight change, Snapshot then trend, a deleted source.
 */
import { Page } from "playwright-core";
import { version } from "../../package.json";
import {
  HealthScoreConfig,
  MetricChoice,
  PlanSources,
  SheetPlan,
  SourceValue,
  parseAddress,
} from "../../src/health-score";
import { BookView, expectSheetMatchesPlan } from "../excel/plan-match";
import { MemorySheet } from "../health-score/fixtures";
import { plan } from "../health-score/plan-support";
import { RefInput, RefResult, referenceHealthScore } from "../health-score/reference";
import {
  Playground,
  announced,
  dumpBook,
  inBook,
  pick,
  sampleSheets,
  startPlayground,
} from "../support/playground";

jest.setTimeout(240_000);

const SAMPLE_CONFIG = require("../../samples/health-score/config.json") as HealthScoreConfig;
const BUILD_ID = "0a1b2c3d4e5f";
const SCORE = "Health Score";
/** A value no clock gives: marks the build timestamp cell of an expected plan. */
const NO_TIME = -1;

let playground: Playground;
let sample: MemorySheet[];

beforeAll(async () => {
  playground = await startPlayground();
  sample = sampleSheets();
}, 120_000);

afterAll(() => playground?.close());

/** The planner's plan for the sample as the edge reads it (sheet list and markers included). */
function expectedPlan(config: HealthScoreConfig, extra: Partial<PlanSources> = {}): SheetPlan {
  return plan({ ...config, locale: "en" }, sample, {
    buildId: BUILD_ID,
    builtAt: NO_TIME,
    productVersion: version,
    ...extra,
  });
}

/** The written sheet equals the plan, except the build timestamp (the page's clock). */
function expectWrittenPlan(book: BookView, expected: SheetPlan): void {
  const [score, ...others] = expected.sheets;
  const stamp = score.cells.find((c) => c.value === NO_TIME);
  expect(stamp).toBeDefined();
  const written = book.cell(score.name, stamp!.row - 1, stamp!.column - 1).value as number;
  // An Excel serial of today (2024 … 2100), written by the edge's clock.
  expect(written).toBeGreaterThan(45292);
  expect(written).toBeLessThan(73051);
  const cells = score.cells.filter((c) => c !== stamp);
  const sheets = [{ ...score, cells }, ...others];
  for (const sheet of sheets) expectSheetMatchesPlan(book, { ...expected, sheets }, sheet);
}

/** Data values of a config range ("Accounts!G1:G301", header row) in the sample. */
function column(address: string): SourceValue[] {
  const [area] = parseAddress(address) ?? [];
  const rows = sample.find((s) => s.name === area.sheet)!.rows;
  return rows.slice(area.top, area.bottom).map((row) => row[area.left - 1] ?? null);
}

function referenceFor(config: HealthScoreConfig, previous?: SourceValue[]): RefResult {
  const input: RefInput = {
    ids: column(config.ids!.range),
    metrics: config.metrics!.map((m) => ({
      values: column(m.range),
      normalisation: m.normalisation ?? "percentile",
      direction: m.direction,
      weight: m.weight as number,
      bad: m.bad as number | undefined,
      good: m.good as number | undefined,
    })),
    previous: previous ?? (config.previousScore ? column(config.previousScore.range) : undefined),
    revenue: config.revenue ? column(config.revenue.range) : undefined,
  };
  return referenceHealthScore(input);
}

/** Table columns by header (row 1 of the plan). */
function columnOf(expected: SheetPlan, header: string): string {
  const found = expected.sheets[0].cells.find((c) => c.row === 1 && c.value === header);
  if (!found) throw new Error(`No column ${header}`);
  return String.fromCharCode(64 + found.column);
}

async function computed(page: Page, expected: SheetPlan, header: string) {
  const letter = columnOf(expected, header);
  const address = `${letter}2:${letter}${expected.accounts + 1}`;
  return (await inBook(page, (book, a) => book.values("Health Score", a), address)).map(([v]) => v);
}

function expectClose(actual: unknown[], expected: readonly unknown[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (typeof e === "number" && typeof a === "number") {
      if (Math.abs(a - e) > 1e-9 * Math.max(1, Math.abs(e)))
        throw new Error(`row ${i + 2}: ${a} ≠ ${e}`);
    } else expect([i + 2, a]).toEqual([i + 2, e]);
  });
}

async function expectComputed(page: Page, expected: SheetPlan, ref: RefResult): Promise<void> {
  expectClose(await computed(page, expected, "Score"), ref.scores);
  expectClose(await computed(page, expected, "Band"), ref.bands);
  expectClose(await computed(page, expected, "Change"), ref.changes);
  expectClose(await computed(page, expected, "Trend"), ref.trends);
  expect(await inBook(page, (book) => book.unsupported)).toEqual([]);
}

async function setField(page: Page, id: string, value: string): Promise<void> {
  await page.fill(`#${id}`, value);
  await page.dispatchEvent(`#${id}`, "change");
}

async function goToStep(page: Page, step: number): Promise<void> {
  await page.click(`#cs-step-${step}`);
  await page.waitForSelector(`#cs-step-${step}[aria-current="step"]`);
}

/** Picks every range of `config` and types its settings, through the pane's controls. */
async function enterConfig(page: Page, config: HealthScoreConfig): Promise<void> {
  const metrics = config.metrics ?? [];
  await pick(page, "cs-ids-pick", config.ids!.range);
  for (const [k, m] of metrics.entries()) {
    if (k > 0) await page.click("#cs-add-metric");
    await pick(page, `cs-m${k}-pick`, m.range);
  }
  if (config.previousScore) await pick(page, "cs-previousScore-pick", config.previousScore.range);
  if (config.revenue) await pick(page, "cs-revenue-pick", config.revenue.range);
  if (config.outcome) await pick(page, "cs-outcome-pick", config.outcome.range);
  await goToStep(page, 2);
  for (const [k, m] of metrics.entries()) await enterMetric(page, k, m);
  await goToStep(page, 3);
  if (config.trendSource) await page.selectOption("#cs-trend-source", config.trendSource);
  await setField(page, "cs-red", String(config.bands?.red ?? 40));
  await setField(page, "cs-green", String(config.bands?.green ?? 70));
  await setField(page, "cs-trend-threshold", String(config.trendThreshold ?? 10));
}

async function enterMetric(page: Page, k: number, m: MetricChoice): Promise<void> {
  if (m.name !== undefined) await setField(page, `cs-m${k}-name`, m.name);
  await page.selectOption(`#cs-m${k}-normalisation`, m.normalisation ?? "percentile");
  if (m.normalisation === "thresholds") {
    await setField(page, `cs-m${k}-bad`, String(m.bad));
    await setField(page, `cs-m${k}-good`, String(m.good));
  } else await page.selectOption(`#cs-m${k}-direction`, m.direction ?? "higher");
  await setField(page, `cs-m${k}-weight`, String(m.weight));
}

async function buildNew(page: Page): Promise<string> {
  await goToStep(page, 4);
  await page.click("#cs-build");
  return announced(page, /^(Built|Nothing|Writing|The )/);
}

/** The panel cell `rows` below and `columns` right of `label` in the plan, as calculated. */
async function near(page: Page, expected: SheetPlan, label: string, rows: number, columns: number) {
  const at = expected.sheets[0].cells.find((c) => c.value === label);
  if (!at) throw new Error(`No label ${label}`);
  return inBook(page, (b, [r, c]) => b.cell("Health Score", r, c).value, [
    at.row - 1 + rows,
    at.column - 1 + columns,
  ] as const);
}

/**
 * §15 after Build: the pane's live status region says the AUC the sheet computed, with three
 * decimals as the sheet's 0.000 shows it, and the sheet's own verdict, in the pane's words.
 */
async function expectBacktestSentence(page: Page, expected: SheetPlan): Promise<void> {
  const auc = await near(page, expected, "AUC of the score", 0, 1);
  // The back-test's total row (known, churned) is two rows above its AUC.
  const known = await near(page, expected, "AUC of the score", -2, 1);
  const churned = await near(page, expected, "AUC of the score", -2, 2);
  expect([typeof auc, typeof known, typeof churned]).toEqual(["number", "number", "number"]);
  // The sample has enough outcomes on both sides to judge (not W11).
  expect(churned).toBeGreaterThanOrEqual(10);
  expect((known as number) - (churned as number)).toBeGreaterThanOrEqual(10);
  const verdict = String(await near(page, expected, "Verdict", 0, 1));
  const lead = "The score separates churned accounts ";
  expect(verdict.startsWith(lead)).toBe(true);
  await page.waitForSelector("#cs-backtest:not([hidden])");
  const shown = await page.locator(".cs-status[aria-live=polite] #cs-backtest").textContent();
  expect(shown).toBe(
    `Back-test: AUC ${(auc as number).toFixed(3)}, the score separates churned accounts ${verdict.slice(lead.length)}.`
  );
}

const snapshotBook = (page: Page) =>
  page.evaluate("window.__before = window.playground.book.snapshot(), true");
const changesSince = (page: Page) =>
  inBook(page, (book) => book.diff((window as unknown as { __before: never }).__before));
const writeCount = (page: Page) => inBook(page, (book) => book.writeLog.length);

describe("the sample config entered in the pane", () => {
  let page: Page;
  let first: SheetPlan;

  beforeAll(async () => {
    page = await playground.open({ buildId: BUILD_ID });
  });
  afterAll(() => page?.close());

  test("Build writes exactly the planner's sheet, computing the reference scores", async () => {
    await enterConfig(page, SAMPLE_CONFIG);
    await snapshotBook(page);
    const start = performance.now();
    expect(await buildNew(page)).toBe("Built Health Score: 300 accounts, 6 metrics");
    const ms = Math.round(performance.now() - start);
    const syncs = await inBook(page, (b) => [b.syncs, Math.max(...b.payloads)]);
    process.stdout.write(
      `Sample build in the playground: ${ms} ms from Build to the announcement ` +
        `(${syncs[0]} syncs in all, largest payload ${syncs[1]} B)\n`
    );
    first = expectedPlan(SAMPLE_CONFIG);
    const book = await dumpBook(page, [SCORE]);
    expectWrittenPlan(book, first);
    await expectComputed(page, first, referenceFor(SAMPLE_CONFIG));
    await expectBacktestSentence(page, first);
    expect(await inBook(page, (b) => b.sheetNames)).toEqual(["Accounts", SCORE]);
    const changes = await changesSince(page);
    expect(changes.filter((c) => c.sheet !== SCORE)).toEqual([]);
    const written = await inBook(page, (b) => [...new Set(b.writeLog.map((w) => w.sheet))]);
    expect(written).toEqual([SCORE]);
    // The pane saved exactly the sample's settings (with the defaults it spells out).
    const saved = await inBook(page, (b) => b.settings["CSMetrics.healthScore.v1"]);
    expect(JSON.parse(saved as string)).toEqual({
      ...SAMPLE_CONFIG,
      ids: { ...SAMPLE_CONFIG.ids, header: "auto" },
      metrics: SAMPLE_CONFIG.metrics!.map((m) => ({
        ...m,
        header: "auto",
        normalisation: m.normalisation ?? "percentile",
        ...(m.normalisation === "thresholds" ? {} : { direction: "higher" }),
      })),
      previousScore: { ...SAMPLE_CONFIG.previousScore, header: "auto" },
      revenue: { ...SAMPLE_CONFIG.revenue, header: "auto" },
      outcome: { ...SAMPLE_CONFIG.outcome, header: "auto" },
    });
  });

  test("Rebuild after a weight change rewrites the same sheet in place", async () => {
    const heavier: HealthScoreConfig = {
      ...SAMPLE_CONFIG,
      metrics: SAMPLE_CONFIG.metrics!.map((m) => (m.name === "CSAT" ? { ...m, weight: 40 } : m)),
    };
    const score = `'Health Score'!${columnOf(first, "Score")}2`;
    await inBook(page, (book, f) => book.addSheet("Notes", [[{ formula: f }]]), `=${score}`);
    await snapshotBook(page);
    await goToStep(page, 2);
    await setField(page, "cs-m5-weight", "40");
    await goToStep(page, 4);
    await page.click("#cs-rebuild");
    expect(await announced(page, /^(Built|Nothing|Writing)/)).toBe(
      "Built Health Score: 300 accounts, 6 metrics"
    );
    const marker = `cs-metrics:health-score:v1:${BUILD_ID}`;
    const rebuilt = expectedPlan(heavier, {
      sheets: [{ name: "Accounts" }, { name: SCORE, marker }, { name: "Notes" }],
      rebuild: { sheet: SCORE },
    });
    expectWrittenPlan(await dumpBook(page, [SCORE]), rebuilt);
    expect(await inBook(page, (b) => b.sheetNames)).toEqual(["Accounts", SCORE, "Notes"]);
    const owner = (await inBook(page, (b) => b.names("Health Score"))).find(
      (n) => n.name === "CSMetrics_Owner"
    );
    expect(owner).toEqual({ name: "CSMetrics_Owner", formula: `="${marker}"`, visible: false });
    const ref = referenceFor(heavier);
    await expectComputed(page, rebuilt, ref);
    expect(ref.scores).not.toEqual(referenceFor(SAMPLE_CONFIG).scores);
    // The user's sheets are untouched; their formula on the score sheet still works.
    const changes = await changesSince(page);
    expect(changes.filter((c) => c.sheet !== SCORE)).toEqual([]);
    const note = await inBook(page, (b) => b.cell("Notes", 0, 0));
    expect(note.formula).toBe(`=${score}`);
    expect(note.value).toBeCloseTo(ref.scores[0] as number, 9);
  });

  test("a deleted source stops Rebuild with E19 and writes nothing", async () => {
    const writes = await writeCount(page);
    await inBook(page, (book) => book.deleteSheet("Accounts"));
    await snapshotBook(page);
    await page.click("#cs-rebuild");
    expect(await announced(page, /^Nothing/)).toBe(
      "Nothing was written: fix the errors listed under Problems."
    );
    const e19 = page.locator('.cs-problem[data-code="E19"]');
    expect(await e19.count()).toBeGreaterThan(0);
    expect(await e19.first().textContent()).toContain(
      "The source of Account ids was deleted or moved. Pick it again."
    );
    expect(await writeCount(page)).toBe(writes);
    expect(await changesSince(page)).toEqual([]);
  });
});

test("Snapshot, then trend from snapshots follows edited source values", async () => {
  const config: HealthScoreConfig = {
    version: 1,
    ids: { range: "Accounts!A1:A301" },
    metrics: [
      { range: "Accounts!G1:G301", normalisation: "minmax", weight: 2 },
      { range: "Accounts!J1:J301", normalisation: "thresholds", bad: 4, good: 9, weight: 1 },
    ],
    revenue: { range: "Accounts!D1:D301" },
    trendSource: "snapshots",
  };
  const page = await playground.open({ buildId: BUILD_ID });
  await enterConfig(page, config);
  expect(await buildNew(page)).toBe("Built Health Score: 300 accounts, 2 metrics");
  const expected = expectedPlan(config);
  expectWrittenPlan(await dumpBook(page, [SCORE, "Health History"]), expected);
  const before = referenceFor(config);
  expect(await computed(page, expected, "Trend")).toEqual(before.trends);

  await snapshotBook(page);
  await page.click("#cs-snapshot");
  const kept = before.scores.filter((s) => typeof s === "number");
  expect(await announced(page, /^Snapshot/)).toBe(`Snapshot saved: ${kept.length} accounts.`);
  const history = await inBook(
    page,
    (b, rows) => b.values("Health History", `A2:C${rows + 1}`),
    kept.length
  );
  const stamp = history[0][0];
  expect(history.every(([t]) => t === stamp)).toBe(true);
  const ids = column(config.ids!.range);
  const scored = ids.filter((_, i) => typeof before.scores[i] === "number");
  expect(history.map(([, id]) => id)).toEqual(scored);
  expectClose(
    history.map(([, , s]) => s),
    kept
  );
  const index = await inBook(page, (b) => b.values("Health History", "F2:H3"));
  expect(index).toEqual([
    [stamp, 2, kept.length],
    ["", "", ""],
  ]);
  const stable = await computed(page, expected, "Trend");
  expect(stable).toEqual(before.scores.map((s) => (s === "" ? "" : "→ Stable")));
  const outside = (await changesSince(page)).filter((c) => c.sheet !== "Health History");
  expect(outside).toEqual([]);

  // The user edits NPS (column J) of a few accounts: their scores move from the snapshot.
  const edits: [number, number][] = [
    [2, 0],
    [3, 10],
    [7, 9],
    [11, 1],
    [20, 9],
  ];
  await inBook(page, (b, list) => list.forEach(([r, v]) => b.setCell("Accounts", r, 9, v)), edits);
  for (const [r, v] of edits) sample[0] = editSample(sample[0], r, 9, v);
  try {
    const after = referenceFor(config, before.scores);
    expectClose(await computed(page, expected, "Score"), after.scores);
    expectClose(await computed(page, expected, "Change"), after.changes);
    expect(await computed(page, expected, "Trend")).toEqual(after.trends);
    expect(after.trends.filter((t) => t !== "→ Stable" && t !== "").length).toBeGreaterThan(0);
  } finally {
    sample = sampleSheets();
  }
  await page.close();
});

/** The sample with one cell replaced (0-based row and column), as `setCell` did in the page. */
function editSample(sheet: MemorySheet, row: number, columnIndex: number, value: SourceValue) {
  const rows = sheet.rows.map((r, i) =>
    i === row ? r.map((v, c) => (c === columnIndex ? value : v)) : r
  );
  return { ...sheet, rows };
}

test("no request left the machine, no dialog opened, the page raised no error", () => {
  expect(playground.offline.blocked).toEqual([]);
  expect(playground.dialogs).toEqual([]);
  expect(playground.errors).toEqual([]);
});
