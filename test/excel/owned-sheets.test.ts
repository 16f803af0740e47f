import { createFakeExcel } from "../../test-double/excel";
import { STATE_KEY } from "../../src/excel/document-state";
import { readOwnedSheets } from "../../src/excel/owned-sheets";
import { HealthScoreConfig } from "../../src/health-score";
import { WEIGHTS_KEPT } from "../../src/health-score/read-back";
import { MINMAX_SHEET, OUTCOME_CONFIG, OUTCOME_SHEET } from "../health-score/fixtures";
import { WITH_SNAPSHOTS } from "../health-score/read-back-fixtures";
import { plan } from "../health-score/plan-support";
import { ROW, layout } from "../../src/health-score/planner/layout";
import { writePlan } from "../../src/excel/write-plan";
import { addNames, addScoreSheet, asInputs, fakeWith, planFor, recorder } from "./fake-support";

const CONFIG = JSON.parse(JSON.stringify(WITH_SNAPSHOTS)) as HealthScoreConfig;

async function workbook(settings?: Record<string, unknown>) {
  const fake = createFakeExcel({ sheets: [asInputs(MINMAX_SHEET)], settings });
  await addScoreSheet(fake, plan(CONFIG, [MINMAX_SHEET]));
  return fake;
}

describe("readOwnedSheets", () => {
  it("lists the score and history sheets with the score sheet's configuration", async () => {
    const fake = await workbook();
    const syncs = fake.book.syncs;
    expect(await readOwnedSheets(fake.host)).toEqual([
      {
        name: "Health Score",
        kind: "score",
        buildId: "0123456789ab",
        config: CONFIG,
        adoptedEdits: [],
      },
      { name: "Health History", kind: "history", buildId: "0123456789ab" },
    ]);
    expect(fake.book.syncs - syncs).toBe(3);
  });

  it("reads the calculated back-test figures of a sheet with an outcome (§15 acceptance)", async () => {
    const { host, book } = fakeWith([OUTCOME_SHEET]);
    const plan = planFor(OUTCOME_CONFIG, [OUTCOME_SHEET], book.sheetNames);
    await writePlan(host, plan, { mode: "new" }, recorder());
    const [score] = await readOwnedSheets(host);
    // Known: Green 3, Yellow 1, Red 2 = 6, of which 1 + 0 + 2 = 3 churned; AUC 8/9.
    expect(score.backtest).toEqual({ auc: expect.closeTo(8 / 9, 12), churned: 3, retained: 3 });
  });

  it("a sheet without an outcome has no back-test figures", async () => {
    const [score] = await readOwnedSheets((await workbook()).host);
    expect(score.backtest).toBeUndefined();
  });

  it("adopts a weight finance changed in the sheet and says so", async () => {
    const fake = await workbook({ [STATE_KEY]: JSON.stringify(CONFIG) });
    // Tickets' weight (metric 2) in panel row 12; the fake counts rows and columns from 0.
    const tickets = layout(6, 3, "snapshots", true).panel(1);
    fake.book.setCell("Health Score", ROW.weight - 1, tickets - 1, 45);
    const [score] = await readOwnedSheets(fake.host);
    expect(score.config?.metrics?.[1].weight).toBe(45);
    expect(score.adoptedEdits).toEqual([WEIGHTS_KEPT]);
  });

  it("does not offer sheets with a foreign text or a duplicated marker", async () => {
    const fake = await workbook();
    fake.book.addSheet("Notes");
    await addNames(fake.host, "Notes", [{ name: "CSMetrics_Owner", formula: '"ours, not yours"' }]);
    fake.book.addSheet("Copy");
    await addNames(fake.host, "Copy", [
      { name: "CSMetrics_Owner", formula: '"cs-metrics:health-score:v1:0123456789ab"' },
    ]);
    expect((await readOwnedSheets(fake.host)).map((s) => s.name)).toEqual(["Health History"]);
  });

  it("lists a score sheet without its header flags, with no configuration", async () => {
    const fake = createFakeExcel({ sheets: [asInputs(MINMAX_SHEET)] });
    await addNames(fake.host, "Accounts", [
      { name: "CSMetrics_Owner", formula: '"cs-metrics:health-score:v1:00000000abcd"' },
    ]);
    expect(await readOwnedSheets(fake.host)).toEqual([
      { name: "Accounts", kind: "score", buildId: "00000000abcd" },
    ]);
  });

  it("writes nothing", async () => {
    const fake = await workbook();
    const before = fake.book.writeLog.length;
    await readOwnedSheets(fake.host);
    expect(fake.book.writeLog.length).toBe(before);
  });
});
