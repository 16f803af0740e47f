/**
 * The Excel writer on the fake workbook: what it writes equals the plan, nothing else changes,
 * syncs stay under 4 MB, Cancel and failures clean up, Rebuild rewrites only its sheet.
 */
import { shiftFormula } from "../../playground/formula";
import { FakeWorkbook } from "../../playground/fake-excel";
import { ExcelHost } from "../../src/excel/excel-host";
import { writePlan } from "../../src/excel/write-plan";
import { SYNC_PAYLOAD_LIMIT } from "../../src/excel/write-batches";
import { columnWidthPoints } from "../../src/excel/write-units";
import { HealthScoreConfig, PlannedSheet, SheetPlan } from "../../src/health-score";
import { columnLetters } from "../../src/health-score/a1";
import { MINMAX_CONFIG, MINMAX_SHEET } from "../health-score/fixtures";
import { failingHost, fakeWith, planFor, recorder } from "./fake-support";

const SNAPSHOTS: HealthScoreConfig = {
  ...MINMAX_CONFIG,
  previousScore: undefined,
  trendSource: "snapshots",
};
const A1 = (row: number, column: number) => `${columnLetters(column)}${row}`;
const hex = (rgb: string | undefined) => (rgb === undefined ? undefined : `#${rgb}`);
/** The fake's `cell`, `validation`, widths and heights count rows and columns from 0. */
const cellAt = (book: FakeWorkbook, sheet: string, row: number, column: number) =>
  book.cell(sheet, row - 1, column - 1);

/** Every planned cell, fill row, format, width, CF, validation and name is in the fake. */
function expectSheetMatchesPlan(book: FakeWorkbook, plan: SheetPlan, sheet: PlannedSheet) {
  const name = sheet.name;
  for (const c of sheet.cells) {
    const view = cellAt(book, name, c.row, c.column);
    if (c.formula !== undefined) expect(view.formula).toBe(`=${c.formula}`);
    else expect([A1(c.row, c.column), view.value]).toEqual([A1(c.row, c.column), c.value]);
  }
  for (const f of sheet.fills) {
    const address = `${A1(f.firstRow, f.column)}:${A1(f.lastRow, f.column)}`;
    const formulas = book.formulas(name, address).map(([v]) => v);
    formulas.forEach((text, i) => expect(text).toBe(`=${shiftFormula(f.formula, i, 0)}`));
  }
  const styled = [
    ...sheet.cells.map((c) => ({ row: c.row, column: c.column, style: c.style })),
    ...sheet.fills.flatMap((f) =>
      [f.firstRow, f.lastRow].map((row) => ({ row, column: f.column, style: f.style }))
    ),
  ];
  for (const { row, column, style } of styled) {
    const s = style ? plan.styles[style] : {};
    const view = cellAt(book, name, row, column);
    expect([A1(row, column), view.numberFormat]).toEqual([
      A1(row, column),
      s.numberFormat ?? "General",
    ]);
    expect(view.format.bold).toBe(s.bold ?? false);
    expect(view.format.fill).toBe(hex(s.fill) ?? null);
    expect(view.format.fontColor).toBe(hex(s.fontColor) ?? "#000000");
    expect(view.format.wrap).toBe(s.wrap ?? false);
  }
  const widths = book.columnWidths(name);
  for (const w of sheet.widths) expect(widths[w.column - 1]).toBe(columnWidthPoints(w.width));
  const heights = book.rowHeights(name);
  for (const h of sheet.heights) expect(heights[h.row - 1]).toBe(h.height);
  // Rows only (the history sheet) is `freezeAt` of whole rows, which the fake records as every
  // column frozen too (see the report: Office.js `freezeRows` is not in the fake).
  const frozen = book.freeze(name);
  expect(frozen?.rows).toBe(sheet.freeze?.rows);
  if (sheet.freeze?.columns) expect(frozen?.columns).toBe(sheet.freeze.columns);
  if (sheet.autoFilter) {
    const r = sheet.autoFilter;
    expect(book.autoFilter(name)).toBe(`${A1(r.top, r.left)}:${A1(r.bottom, r.right)}`);
  }
  // Office.js gives each added format the top priority, so the writer adds the plan's first
  // last; the fake lists formats in the order they were added.
  const formats = book.conditionalFormats(name).reverse();
  expect(formats).toHaveLength(sheet.conditionalFormats.length);
  sheet.conditionalFormats.forEach((cf, i) => {
    const got = formats[i];
    const r = cf.range;
    expect(got.address).toBe(`${A1(r.top, r.left)}:${A1(r.bottom, r.right)}`);
    if (cf.kind === "formula")
      expect(got.custom).toEqual({
        formula: `=${cf.formula}`,
        ...(cf.fill ? { fill: hex(cf.fill) } : {}),
        ...(cf.fontColor ? { fontColor: hex(cf.fontColor) } : {}),
      });
    if (cf.kind === "dataBar")
      expect(got.dataBar).toMatchObject({
        lowerBoundRule: { type: "Number", formula: String(cf.min) },
        upperBoundRule: { type: "Number", formula: String(cf.max) },
        positiveFillColor: hex(cf.color),
      });
    if (cf.kind === "colorScale")
      expect(got.colorScale?.criteria).toEqual({
        minimum: { type: "Number", formula: "0", color: "#F8696B" },
        midpoint: { type: "Number", formula: "0.5", color: "#FFEB84" },
        maximum: { type: "Number", formula: "1", color: "#63BE7B" },
      });
  });
  for (const v of sheet.validations) {
    for (const [row, column] of [
      [v.range.top, v.range.left],
      [v.range.bottom, v.range.right],
    ]) {
      const got = book.validation(name, row - 1, column - 1);
      expect(got?.prompt).toEqual({ showPrompt: true, title: v.promptTitle, message: v.prompt });
      expect(got?.rule).toEqual({
        decimal: {
          operator: v.operator === "between" ? "Between" : "GreaterThan",
          formula1: v.values[0],
          ...(v.values.length > 1 ? { formula2: v.values[1] } : {}),
        },
      });
    }
  }
  expect(book.names(name)).toEqual(
    expect.arrayContaining(
      sheet.names.map((n) => ({ name: n.name, formula: `=${n.formula}`, visible: !n.hidden }))
    )
  );
  expect(book.names(name)).toHaveLength(sheet.names.length);
}

describe("writePlan: new build", () => {
  test("writes exactly the plan onto new sheets, score sheet last and active", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor(SNAPSHOTS, [MINMAX_SHEET], book.sheetNames);
    const before = book.snapshot();
    const progress = recorder();
    const outcome = await writePlan(host, plan, { mode: "new" }, progress);
    expect(outcome).toMatchObject({ ok: true, sheet: "Health Score" });
    expect(book.sheetNames).toEqual(["Accounts", "Health History", "Health Score"]);
    expect(book.activeSheet).toBe("Health Score");
    for (const sheet of plan.sheets) expectSheetMatchesPlan(book, plan, sheet);
    // Nothing outside the sheets it added changed.
    const foreign = book.diff(before).filter((c) => c.sheet === "Accounts");
    expect(foreign).toEqual([]);
    expect(book.writeLog.every((w) => w.sheet !== "Accounts")).toBe(true);
    // Progress: one report per step, the last one complete.
    const [done, total] = progress.reports[progress.reports.length - 1];
    expect(done).toBe(total);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.syncs).toBe(book.syncs);
    expect(outcome.largestPayload).toBeGreaterThanOrEqual(Math.max(...book.payloads.slice(2)));
  });

  test("the written sheet computes §13.1's scores in the fake", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor(MINMAX_CONFIG, [MINMAX_SHEET], book.sheetNames);
    await writePlan(host, plan, { mode: "new" }, recorder());
    const scores = book.values("Health Score", "H2:H7").map(([v]) => v as number);
    const expected = [
      93.8961038961039, 30.999435347261432, 100, 70.3416149068323, 0, 59.808018068887634,
    ];
    scores.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 9));
    expect(book.values("Health Score", "I2:I7").map(([v]) => v)).toEqual([
      "Green",
      "Red",
      "Green",
      "Green",
      "Red",
      "Yellow",
    ]);
    expect(book.unsupported).toEqual([]);
  });

  test("right-to-left plans set the reading order of text cells", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor({ ...MINMAX_CONFIG, locale: "fa" }, [MINMAX_SHEET], book.sheetNames);
    await writePlan(host, plan, { mode: "new" }, recorder());
    const score = plan.sheets[0];
    for (const c of score.cells)
      expect(cellAt(book, score.name, c.row, c.column).format.readingOrder).toBe(
        typeof c.value === "string" ? "RightToLeft" : "Context"
      );
    expectSheetMatchesPlan(book, plan, score);
  });

  test("refuses when a planned sheet name was taken meanwhile, touching nothing", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor(MINMAX_CONFIG, [MINMAX_SHEET], book.sheetNames);
    book.addSheet("health score", [["mine"]]);
    const before = book.snapshot();
    const outcome = await writePlan(host, plan, { mode: "new" }, recorder());
    expect(outcome).toEqual({
      ok: false,
      reason: "failed",
      message: "A sheet named Health Score already exists. Build again to choose a free name.",
    });
    expect(book.diff(before)).toEqual([]);
  });

  test("Cancel after the sheets were added deletes them", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor(SNAPSHOTS, [MINMAX_SHEET], book.sheetNames);
    const before = book.snapshot();
    const outcome = await writePlan(host, plan, { mode: "new" }, recorder(1));
    expect(outcome).toEqual({
      ok: false,
      reason: "cancelled",
      message: "Writing Health Score was cancelled. The new sheet was removed.",
    });
    expect(book.sheetNames).toEqual(["Accounts"]);
    expect(book.diff(before).filter((c) => c.what !== "sheet-add")).toEqual([]);
  });

  test("a sheet deleted between syncs fails the build, which removes the rest", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor(SNAPSHOTS, [MINMAX_SHEET], book.sheetNames);
    const progress = recorder(Infinity, (done) => {
      if (done === 1) book.deleteSheet("Health Score");
    });
    const outcome = await writePlan(host, plan, { mode: "new" }, progress);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toBe("failed");
    expect(outcome.message).toMatch(
      /^Writing Health Score failed: .*ItemNotFound.*The new sheet was removed\.$/
    );
    expect(book.sheetNames).toEqual(["Accounts"]);
  });

  test.each([2, 3])("sync %p failing: cleanup and a message", async (failAt) => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor(SNAPSHOTS, [MINMAX_SHEET], book.sheetNames);
    const outcome = await writePlan(failingHost(host, failAt), plan, { mode: "new" }, recorder());
    expect(outcome).toEqual({
      ok: false,
      reason: "failed",
      message:
        "Writing Health Score failed: GeneralException: The request failed (injected).. The new sheet was removed.",
    });
    expect(book.sheetNames).toEqual(["Accounts"]);
  });
});

describe("writePlan: Rebuild", () => {
  const rebuild = (host: ExcelHost, plan: SheetPlan, progress = recorder()) =>
    writePlan(host, plan, { mode: "rebuild", sheet: "Health Score" }, progress);
  async function built(config: HealthScoreConfig) {
    const fake = fakeWith([MINMAX_SHEET]);
    const plan = planFor(config, [MINMAX_SHEET], fake.book.sheetNames);
    await writePlan(fake.host, plan, { mode: "new" }, recorder());
    return { ...fake, plan };
  }
  const rebuildPlan = (config: HealthScoreConfig, book: FakeWorkbook, history?: string) =>
    planFor(config, [MINMAX_SHEET], book.sheetNames, {
      buildId: "0123456789ab",
      rebuild: { sheet: "Health Score", ...(history ? { history } : {}) },
    });

  test("after a weight change rewrites only the score sheet, keeping buildId and history", async () => {
    const { host, book } = await built(SNAPSHOTS);
    // A user sheet pointing at the score sheet, an edit in the history sheet, a stray cell.
    book.addSheet("Report", [[{ formula: "='Health Score'!H2" }]]);
    book.setCell("Health History", 1, 0, 46000);
    book.setCell("Health Score", 399, 29, "stray");
    const weights = {
      ...SNAPSHOTS,
      metrics: (SNAPSHOTS.metrics ?? []).map((m, k) => ({
        ...m,
        weight: k === 1 ? 0.0001 : m.weight,
      })),
    };
    const plan = rebuildPlan(weights, book, "Health History");
    const before = book.snapshot();
    const outcome = await rebuild(host, plan);
    expect(outcome).toMatchObject({ ok: true, sheet: "Health Score" });
    expect(book.sheetNames).toEqual(["Accounts", "Health History", "Health Score", "Report"]);
    const changed = new Set(book.diff(before).map((c) => c.sheet));
    expect([...changed]).toEqual(["Health Score"]);
    expectSheetMatchesPlan(book, plan, plan.sheets[0]);
    expect(book.values("Health Score", "AD400")[0][0]).toBe("");
    expect(book.values("Health History", "A2")[0][0]).toBe(46000);
    expect(book.values("Report", "A1")[0][0]).toBe(book.values("Health Score", "H2")[0][0]);
    const marker = book.names("Health Score").find((n) => n.name === "CSMetrics_Owner");
    expect(marker).toEqual({
      name: "CSMetrics_Owner",
      formula: '="cs-metrics:health-score:v1:0123456789ab"',
      visible: false,
    });
  });

  test("refuses a sheet that does not carry this build's marker", async () => {
    const { host, book } = await built(MINMAX_CONFIG);
    const plan = planFor(MINMAX_CONFIG, [MINMAX_SHEET], book.sheetNames, {
      buildId: "ffffffffffff",
      rebuild: { sheet: "Health Score" },
    });
    const before = book.snapshot();
    const outcome = await rebuild(host, plan);
    expect(outcome).toEqual({
      ok: false,
      reason: "failed",
      message: "Health Score is not the health-score sheet of this build; nothing was written.",
    });
    expect(book.diff(before)).toEqual([]);
  });

  // Syncs of a Rebuild: 1 finds the sheets, 2 reads markers and names, 3 clears, 4 writes.
  test.each([3, 4])(
    "sync %p failing keeps the sheet and marker and shows the banner",
    async (failAt) => {
      const { host, book } = await built(MINMAX_CONFIG);
      const plan = rebuildPlan({ ...MINMAX_CONFIG, locale: "ro" }, book);
      const syncsBefore = book.syncs;
      const outcome = await rebuild(failingHost(host, failAt), plan);
      expect(book.syncs).toBeGreaterThan(syncsBefore);
      expect(outcome.ok).toBe(false);
      expect(book.sheetNames).toEqual(["Accounts", "Health Score"]);
      expect(book.names("Health Score").map((n) => n.name)).toContain("CSMetrics_Owner");
      expect(book.values("Health Score", "O1")[0][0]).toBe(
        "Reconstruire incompletă: rulați din nou Reconstruire"
      );
      if (!outcome.ok) expect(outcome.message).toMatch(/Rebuild incomplete/);
    }
  );

  test("Cancel keeps the sheet and shows the banner", async () => {
    const { host, book } = await built(MINMAX_CONFIG);
    const plan = rebuildPlan(MINMAX_CONFIG, book);
    const outcome = await rebuild(host, plan, recorder(1));
    expect(outcome).toMatchObject({ ok: false, reason: "cancelled" });
    expect(book.sheetNames).toEqual(["Accounts", "Health Score"]);
    expect(book.values("Health Score", "O1")[0][0]).toBe("Rebuild incomplete: run Rebuild again");
  });
});

test("4 MB limit: every sync of a 300-account plan stays under it", async () => {
  const { host, book } = fakeWith([MINMAX_SHEET]);
  const plan = planFor(SNAPSHOTS, [MINMAX_SHEET], book.sheetNames);
  await writePlan(host, plan, { mode: "new" }, recorder());
  expect(Math.max(...book.payloads)).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT);
});
