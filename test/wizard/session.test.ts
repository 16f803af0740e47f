/**
 * Check, re-check and build over the real Office.js edge on the fake workbook (§13.1's sheet):
 * nothing is written while an error stands; Rebuild reads with the sheet and keeps its buildId.
 */
import { createFakeExcel } from "../../test-double/excel";
import { ExcelHost } from "../../src/excel/excel-host";
import { officeWorkbook } from "../../src/excel/office-workbook";
import { HealthScoreConfig } from "../../src/health-score";
import { build, check, recheck } from "../../src/wizard/session";
import { fakeWith, recorder } from "../excel/fake-support";
import { MINMAX_SHEET } from "../health-score/fixtures";

const CONFIG: HealthScoreConfig = {
  version: 1,
  locale: "en",
  ids: { range: "Accounts!A1:A7", header: "auto" },
  metrics: [
    { range: "Accounts!B1:B7", weight: 50 },
    { range: "Accounts!C1:C7", direction: "lower", weight: 20 },
    { range: "Accounts!D1:D7", weight: 30 },
  ],
  previousScore: { range: "Accounts!E1:E7" },
  revenue: { range: "Accounts!F1:F7" },
};

/** The edge on a fake holding §13.1, counting the host's Excel.run batches. */
function edge() {
  const fake = fakeWith([MINMAX_SHEET]);
  const runs = { count: 0 };
  const host: ExcelHost = {
    ...fake.host,
    run: (batch) => {
      runs.count++;
      return fake.host.run(batch);
    },
  };
  return { ...fake, runs, port: officeWorkbook(host) };
}

test("check reads the sources and plans §13.1: six accounts, W01 on tickets", async () => {
  const { port, book } = edge();
  const result = await check(port, CONFIG, { buildId: "0123456789ab" });
  expect(result.sources.buildId).toBe("0123456789ab");
  expect(result.plan?.accounts).toBe(6);
  expect(result.problems.map((x) => [x.code, x.address])).toEqual([["W01", "Accounts!C1:C7"]]);
  expect(book.writeLog).toEqual([]);
});

test("a settings change re-plans without reading again; a new address needs a read", async () => {
  const { port, runs } = edge();
  const first = await check(port, CONFIG, { buildId: "0123456789ab" });
  const reads = runs.count;
  const zeroWeight = { ...CONFIG, metrics: [{ ...CONFIG.metrics![0], weight: 0 }] };
  expect(recheck(zeroWeight, first)?.problems.map((x) => x.code)).toEqual(["E13"]);
  expect(recheck({ ...CONFIG, revenue: { range: "Accounts!F1:F6" } }, first)).toBeUndefined();
  expect(runs.count).toBe(reads);
});

test("build with an error writes nothing", async () => {
  const { port, book } = edge();
  const before = book.snapshot();
  const bad = { ...CONFIG, bands: { red: 80, green: 70 } };
  const result = await build(port, bad, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress: recorder(),
  });
  expect(result.kind).toBe("blocked");
  expect(result.check.problems.map((x) => x.code)).toContain("E16");
  expect(book.writeLog).toEqual([]);
  expect(book.diff(before)).toEqual([]);
});

test("build new writes the plan with progress; rebuild reads with the sheet and its buildId", async () => {
  const { port, book } = edge();
  const progress = recorder();
  const result = await build(port, CONFIG, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress,
  });
  expect(result.kind === "written" && result.outcome).toMatchObject({
    ok: true,
    sheet: "Health Score",
  });
  const [done, total] = progress.reports[progress.reports.length - 1];
  expect(done).toBe(total);
  const rebuilt = await build(port, CONFIG, {
    target: { mode: "rebuild", sheet: "Health Score" },
    buildId: "0123456789ab",
    progress: recorder(),
  });
  expect(rebuilt.check.sources).toMatchObject({
    buildId: "0123456789ab",
    rebuild: { sheet: "Health Score" },
  });
  expect(rebuilt.kind === "written" && rebuilt.outcome.ok).toBe(true);
  expect(book.sheetNames).toEqual(["Accounts", "Health Score"]);
  const owned = await port.ownedSheets();
  expect(owned.map((o) => [o.name, o.kind, o.buildId])).toEqual([
    ["Health Score", "score", "0123456789ab"],
  ]);
});

test("a cancelled build reports cancelled and keeps nothing", async () => {
  const { port, book } = edge();
  const result = await build(port, CONFIG, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress: recorder(1),
  });
  expect(result.kind === "written" && result.outcome).toMatchObject({
    ok: false,
    reason: "cancelled",
  });
  expect(book.sheetNames).toEqual(["Accounts"]);
});

test("a protected workbook structure blocks the build (E20) before any write", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: "Accounts", cells: MINMAX_SHEET.rows.map((r) => [...r]) }],
    structureProtected: true,
  });
  const result = await build(officeWorkbook(fake.host), CONFIG, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress: recorder(),
  });
  expect(result.kind).toBe("blocked");
  expect(result.check.problems.map((x) => x.code)).toContain("E20");
  expect(fake.book.writeLog).toEqual([]);
});
