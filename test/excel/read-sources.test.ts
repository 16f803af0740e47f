import { createFakeExcel } from "../../test-double/excel";
import { readOwnedSheets } from "../../src/excel/owned-sheets";
import { readSources } from "../../src/excel/read-sources";
import {
  HealthScoreConfig,
  SheetPlan,
  planHealthScore,
  resolveRanges,
} from "../../src/health-score";
import { version } from "../../package.json";
import { MINMAX_CONFIG, MINMAX_SHEET, sheetCells } from "../health-score/fixtures";
import { plan } from "../health-score/plan-support";
import { addNames, addScoreSheet, asInputs } from "./fake-support";

const BUILD_ID = "0123456789ab";
const fakeBook = () => createFakeExcel({ sheets: [asInputs(MINMAX_SHEET)] });

describe("readSources", () => {
  it("reads the ranges exactly as the file writer resolves them", async () => {
    const { host } = fakeBook();
    const whole: HealthScoreConfig = {
      ...MINMAX_CONFIG,
      ids: { range: "Accounts!$A:$A" },
      revenue: { range: "accounts!F1:F7" },
    };
    for (const config of [MINMAX_CONFIG, whole]) {
      const sources = await readSources(host, config, { buildId: BUILD_ID });
      expect(sources.ranges).toEqual(resolveRanges(config, [sheetCells(MINMAX_SHEET)]));
      expect(Array.isArray(planHealthScore(config, sources))).toBe(false);
    }
  });

  it("reports the workbook: sheets with markers, protection, build id, time and version", async () => {
    const fake = createFakeExcel({ sheets: [asInputs(MINMAX_SHEET)], structureProtected: true });
    fake.book.addSheet("Notes");
    await addNames(fake.host, "Notes", [{ name: "CSMetrics_Owner", formula: '"my own text"' }]);
    const before = Date.now();
    const sources = await readSources(fake.host, MINMAX_CONFIG, { buildId: BUILD_ID });
    expect(sources.sheets).toEqual([
      { name: "Accounts", marker: undefined },
      { name: "Notes", marker: "my own text" },
    ]);
    expect(sources.structureProtected).toBe(true);
    expect(sources.buildId).toBe(BUILD_ID);
    expect(sources.productVersion).toBe(version);
    // A whole minute (minutes / 1440 times 1440 is not always exact in floating point).
    const minutes = sources.builtAt * 1440;
    expect(Math.abs(minutes - Math.round(minutes))).toBeLessThan(1e-6);
    const utcSerial = before / 86_400_000 + 25_569;
    expect(Math.abs(sources.builtAt - utcSerial)).toBeLessThan(15 / 24);
    expect(sources.rebuild).toBeUndefined();
  });

  it("gives every role on a missing sheet or an unparsable address 'deleted' (E19)", async () => {
    const { host } = fakeBook();
    const config: HealthScoreConfig = {
      version: 1,
      ids: { range: "Gone!A1:A7" },
      metrics: [{ range: "#REF!" }, { range: "'Old data'!B1:B7" }],
      previousScore: { range: "Gone!E:E" },
      revenue: { range: "Accounts!F1:F7:G" },
    };
    const sources = await readSources(host, config, { buildId: BUILD_ID });
    expect([...sources.ranges.values()]).toEqual(Array(5).fill("deleted"));
    const problems = planHealthScore(config, sources);
    expect(Array.isArray(problems) && problems.filter((p) => p.code === "E19")).toHaveLength(5);
  });
});

describe("readSources on Rebuild (through the source names)", () => {
  const built = (): SheetPlan => plan(MINMAX_CONFIG, [MINMAX_SHEET]);

  async function rebuildSetup() {
    const fake = fakeBook();
    await addScoreSheet(fake, built());
    const [owned] = await readOwnedSheets(fake.host);
    return { fake, owned };
  }

  it("keeps the sheet and finds its history sheet by build id", async () => {
    const fake = fakeBook();
    const config = { ...MINMAX_CONFIG, previousScore: null, trendSource: "snapshots" as const };
    await addScoreSheet(fake, plan(config, [MINMAX_SHEET]));
    const [score] = await readOwnedSheets(fake.host);
    const sources = await readSources(fake.host, score.config!, {
      buildId: score.buildId,
      rebuild: score.name,
    });
    expect(sources.rebuild).toEqual({ sheet: "Health Score", history: "Health History" });
  });

  it("picks up account rows added below the ids, in every linked role", async () => {
    const { fake, owned } = await rebuildSetup();
    ["A-107", 700, 4, 9, 60, 99000].forEach((v, c) => fake.book.setCell("Accounts", 7, c, v));
    const config = owned.config!;
    const sources = await readSources(fake.host, config, {
      buildId: owned.buildId,
      rebuild: owned.name,
    });
    for (const address of [config.ids!.range, config.metrics![0].range, config.revenue!.range]) {
      const range = sources.ranges.get(address);
      expect(range !== "deleted" && range?.rows).toBe(8);
    }
    const ids = sources.ranges.get(config.ids!.range);
    expect(ids !== "deleted" && ids?.values.at(-1)).toBe("A-107");
    const result = planHealthScore(config, sources);
    expect(!Array.isArray(result) && result.accounts).toBe(7);
  });

  it("follows rows inserted above the sources", async () => {
    const { fake } = await rebuildSetup();
    fake.book.insertRows("Accounts", 0, 2);
    const [owned] = await readOwnedSheets(fake.host);
    expect(owned.config?.ids?.range).toBe("Accounts!A3:A9");
    const sources = await readSources(fake.host, owned.config!, {
      buildId: owned.buildId,
      rebuild: owned.name,
    });
    const ids = sources.ranges.get("Accounts!A3:A9");
    expect(ids !== "deleted" && ids?.values).toEqual(MINMAX_SHEET.rows.map((row) => row[0]));
  });

  it("stops with E19 for every role when the source sheet is deleted", async () => {
    const { fake } = await rebuildSetup();
    fake.book.deleteSheet("Accounts");
    const [owned] = await readOwnedSheets(fake.host);
    const sources = await readSources(fake.host, owned.config!, {
      buildId: owned.buildId,
      rebuild: owned.name,
    });
    expect([...sources.ranges.values()]).toEqual(["deleted"]);
    const problems = planHealthScore(owned.config!, sources);
    expect(Array.isArray(problems) && problems.filter((p) => p.code === "E19")).toHaveLength(6);
  });
});
