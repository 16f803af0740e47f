/**
 * The Excel writer on the fake workbook: what it writes equals the plan, nothing else changes,
 * syncs stay under 4 MB, Cancel and failures clean up, Rebuild rewrites only its sheet.
 */
import { FakeWorkbook } from "../../test-double/excel";
import { ExcelHost } from "../../src/excel/excel-host";
import { writePlan } from "../../src/excel/write-plan";
import { SYNC_PAYLOAD_LIMIT } from "../../src/excel/write-batches";
import { HealthScoreConfig, SheetPlan } from "../../src/health-score";
import {
  ACCEPTANCE_14_15,
  MINMAX_CONFIG,
  MINMAX_SHEET,
  OUTCOME_CONFIG,
  OUTCOME_SHEET,
} from "../health-score/fixtures";
import { failingHost, fakeWith, planFor, recorder } from "./fake-support";
import { cellAt, expectSheetMatchesPlan } from "./plan-match";

const SNAPSHOTS: HealthScoreConfig = {
  ...MINMAX_CONFIG,
  previousScore: undefined,
  trendSource: "snapshots",
};
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

  test("§14 points and biggest gap, §15 back-test on 13.1's data, computed in the fake", async () => {
    const { host, book } = fakeWith([OUTCOME_SHEET]);
    const plan = planFor(OUTCOME_CONFIG, [OUTCOME_SHEET], book.sheetNames);
    await writePlan(host, plan, { mode: "new" }, recorder());
    const at = (address: string) => book.values("Health Score", address)[0][0];
    const expected = ACCEPTANCE_14_15;
    for (const [address, value] of Object.entries(expected))
      if (typeof value === "number")
        expect([address, at(address)]).toEqual([address, expect.closeTo(value, 12)]);
      else expect([address, at(address)]).toEqual([address, value]);
    expect(at("F5")).toBe("");
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

  // Syncs of a new build: 1 reads the names, 2 adds the sheets, 3 writes; then 4 and 5 remove.
  test("a failure in Arabic isolates each sheet left behind and the error", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor({ ...SNAPSHOTS, locale: "ar" }, [MINMAX_SHEET], book.sheetNames);
    const outcome = await writePlan(
      failingHost(failingHost(host, 3), 5),
      plan,
      { mode: "new" },
      recorder()
    );
    const isolated = (value: string) => `\u2068${value}\u2069`;
    const error = isolated("GeneralException: The request failed (injected)");
    expect(outcome).toMatchObject({
      message:
        `تعذّرت كتابة الورقة ${isolated("درجة الصحة")}: ${error}. ` +
        `تعذّر حذف الورقة الجديدة ${isolated("سجل الصحة")}، ${isolated("درجة الصحة")} ` +
        `(${error})؛ احذفها يدويًا.`,
    });
    expect(book.sheetNames).toEqual(["Accounts", "سجل الصحة", "درجة الصحة"]);
  });

  test("a failure in Chinese joins its sentences without a space", async () => {
    const { host, book } = fakeWith([MINMAX_SHEET]);
    const plan = planFor({ ...MINMAX_CONFIG, locale: "zh-CN" }, [MINMAX_SHEET], book.sheetNames);
    const outcome = await writePlan(failingHost(host, 3), plan, { mode: "new" }, recorder());
    expect(outcome).toMatchObject({
      message:
        "写入 健康评分 失败：GeneralException: The request failed (injected)。已删除新工作表。",
    });
    expect(book.sheetNames).toEqual(["Accounts"]);
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
        "Writing Health Score failed: GeneralException: The request failed (injected). The new sheet was removed.",
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
      expect(book.values("Health Score", "P1")[0][0]).toBe(
        "Reconstruire incompletă: apăsați din nou „Reconstruiește”"
      );
      // In the sheet's locale, the error quoted without its own full stop.
      expect(outcome).toMatchObject({
        message:
          "Scrierea foii Health Score a eșuat: GeneralException: The request failed (injected). " +
          "Health Score își păstrează marcajul și afișează acum „Reconstruire incompletă”: " +
          "apăsați din nou „Reconstruiește”.",
      });
    }
  );

  test("Cancel keeps the sheet and shows the banner", async () => {
    const { host, book } = await built(MINMAX_CONFIG);
    const plan = rebuildPlan(MINMAX_CONFIG, book);
    const outcome = await rebuild(host, plan, recorder(1));
    expect(outcome).toMatchObject({ ok: false, reason: "cancelled" });
    expect(book.sheetNames).toEqual(["Accounts", "Health Score"]);
    expect(book.values("Health Score", "P1")[0][0]).toBe("Rebuild incomplete: run Rebuild again");
  });
});

test("4 MB limit: every sync of a 300-account plan stays under it", async () => {
  const { host, book } = fakeWith([MINMAX_SHEET]);
  const plan = planFor(SNAPSHOTS, [MINMAX_SHEET], book.sheetNames);
  await writePlan(host, plan, { mode: "new" }, recorder());
  expect(Math.max(...book.payloads)).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT);
});
