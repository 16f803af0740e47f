/** Check, re-check and build over the scripted port: nothing is written while an error stands. */
import { HealthScoreConfig } from "../../src/health-score";
import { build, check, recheck } from "../../src/wizard/session";
import { Progress } from "../../src/wizard/workbook-port";
import { ACCOUNTS, ScriptedPort } from "../taskpane/scripted-port";

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

const progress = (cancelAfter = Infinity): Progress & { reports: number[][] } => {
  const reports: number[][] = [];
  return {
    reports,
    report: (done, total) => reports.push([done, total]),
    cancelled: () => reports.length >= cancelAfter,
  };
};

const port = () => new ScriptedPort({ sheets: { Accounts: ACCOUNTS }, chunks: 2 });

test("check reads the sources once and plans §13.1: six accounts, W01 on tickets", async () => {
  const p = port();
  const result = await check(p, CONFIG, { buildId: "0123456789ab" });
  expect(p.sourceCalls.map((c) => c.buildId)).toEqual(["0123456789ab"]);
  expect(result.plan?.accounts).toBe(6);
  expect(result.problems.map((x) => [x.code, x.address])).toEqual([["W01", "Accounts!C1:C7"]]);
});

test("a settings change re-plans without reading again; a new address needs a read", async () => {
  const p = port();
  const first = await check(p, CONFIG, { buildId: "0123456789ab" });
  const zeroWeight = { ...CONFIG, metrics: [{ ...CONFIG.metrics![0], weight: 0 }] };
  expect(recheck(zeroWeight, first)?.problems.map((x) => x.code)).toEqual(["E13"]);
  expect(recheck({ ...CONFIG, revenue: { range: "Accounts!F1:F6" } }, first)).toBeUndefined();
  expect(p.sourceCalls).toHaveLength(1);
});

test("build with an error writes nothing", async () => {
  const p = port();
  const bad = { ...CONFIG, bands: { red: 80, green: 70 } };
  const result = await build(p, bad, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress: progress(),
  });
  expect(result.kind).toBe("blocked");
  expect(result.check.problems.map((x) => x.code)).toContain("E16");
  expect(p.written).toEqual([]);
});

test("build new writes the plan with progress; rebuild reads with the sheet and its buildId", async () => {
  const p = port();
  const reports = progress();
  const result = await build(p, CONFIG, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress: reports,
  });
  expect(result.kind === "written" && result.outcome).toEqual({
    ok: true,
    sheet: "Health Score",
    syncs: 2,
    largestPayload: 1000,
  });
  expect(reports.reports).toEqual([
    [0, 2],
    [1, 2],
    [2, 2],
  ]);
  await build(p, CONFIG, {
    target: { mode: "rebuild", sheet: "Health Score" },
    buildId: "0123456789ab",
    progress: progress(),
  });
  expect(p.sourceCalls[1]).toMatchObject({ buildId: "0123456789ab", rebuild: "Health Score" });
  expect(p.written.map((w) => [w.sheet, w.target.mode])).toEqual([
    ["Health Score", "new"],
    ["Health Score", "rebuild"],
  ]);
});

test("a cancelled build reports cancelled and keeps nothing", async () => {
  const p = port();
  const result = await build(p, CONFIG, {
    target: { mode: "new" },
    buildId: "0123456789ab",
    progress: progress(1),
  });
  expect(result.kind === "written" && result.outcome).toEqual({
    ok: false,
    reason: "cancelled",
    message: "",
  });
  expect(p.written).toEqual([]);
});
