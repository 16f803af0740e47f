/**
 * Helpers for edge tests on the fake workbook: fakes holding source sheets, a built score sheet
 * as far as reading goes, plans for the fake's sheets, progress recorders, a host whose n-th
 * sync fails, and generated accounts.
 */
import { CellInput, createFakeExcel } from "../../test-double/excel";
import { ExcelHost } from "../../src/excel/excel-host";
import {
  DefinedName,
  HealthScoreConfig,
  PlanSources,
  SheetPlan,
  SourceValue,
} from "../../src/health-score";
import { columnLetters } from "../../src/a1/a1";
import { Progress } from "../../src/wizard/workbook-port";
import { MemorySheet } from "../health-score/fixtures";
import { plan } from "../health-score/plan-support";
import { random } from "../xlsx/cases";

export const asInputs = (sheet: MemorySheet) => ({
  name: sheet.name,
  cells: sheet.rows.map((row) => row.map((v): CellInput => v as CellInput)),
});

/** Adds sheet-scoped names through Office.js, as a build would (`formula` without "="). */
export function addNames(
  host: ExcelHost,
  sheet: string,
  names: readonly Pick<DefinedName, "name" | "formula">[]
): Promise<void> {
  return host.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    for (const n of names) target.names.add(n.name, `=${n.formula}`);
    await context.sync();
  });
}

/**
 * A built score sheet as far as reading goes: the plan's panel values typed into a sheet and
 * its names added (the writer itself belongs to the write side).
 */
export async function addScoreSheet(
  fake: ReturnType<typeof createFakeExcel>,
  plan: SheetPlan
): Promise<void> {
  for (const planned of plan.sheets) {
    fake.book.addSheet(planned.name);
    for (const c of planned.cells)
      if (c.value !== undefined) fake.book.setCell(planned.name, c.row - 1, c.column - 1, c.value);
    await addNames(fake.host, planned.name, planned.names);
  }
}

export const fakeWith = (sheets: readonly MemorySheet[]) =>
  createFakeExcel({ sheets: sheets.map(asInputs) });

/** The plan for the fake's current sheets (names and markers as a read side would report). */
export function planFor(
  config: HealthScoreConfig,
  sources: readonly MemorySheet[],
  existing: readonly string[],
  extra: Partial<PlanSources> = {}
): SheetPlan {
  const others = existing
    .filter((name) => !sources.some((s) => s.name === name))
    .map((name) => ({ name, rows: [] }));
  return plan(config, [...sources, ...others], extra);
}

export interface Recorder extends Progress {
  readonly reports: [number, number][];
}

/** Progress that records reports; `cancelAfter` reports, it asks to cancel. */
export function recorder(cancelAfter = Infinity, onReport?: (done: number) => void): Recorder {
  const reports: [number, number][] = [];
  return {
    reports,
    report(done, total) {
      reports.push([done, total]);
      onReport?.(done);
    },
    cancelled: () => reports.length >= cancelAfter,
  };
}

/** The host with its `failAt`-th `context.sync()` (counted over all runs) failing like Excel. */
export function failingHost(host: ExcelHost, failAt: number): ExcelHost {
  let syncs = 0;
  return {
    ...host,
    run: (batch) =>
      host.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (async () => {
          if (++syncs === failAt) {
            const error = new Error("The request failed (injected).");
            Object.assign(error, { code: "GeneralException" });
            throw error;
          }
          return sync();
        }) as typeof context.sync;
        return batch(context);
      }),
  };
}

/** `accounts` generated accounts × 12 metrics (every normalisation) with revenue. */
export function generatedAccounts(
  accounts: number,
  trendSource: "snapshots" | "none" = "snapshots"
): { sheet: MemorySheet; config: HealthScoreConfig } {
  const rnd = random(42);
  const metrics = 12;
  const rows: SourceValue[][] = [
    ["Account", ...Array.from({ length: metrics }, (_, k) => `Metric ${k + 1}`), "ARR"],
  ];
  for (let i = 0; i < accounts; i++) {
    const row: SourceValue[] = [`ACC-${100000 + i}`];
    for (let k = 0; k < metrics; k++) {
      const r = rnd();
      row.push(r < 0.03 ? null : r < 0.04 ? "n/a" : Math.round(rnd() * 1000 * (k + 1)) / 10);
    }
    row.push(Math.round(rnd() * 500) * 1000);
    rows.push(row);
  }
  const range = (c: number) => `Accounts!${columnLetters(c)}1:${columnLetters(c)}${accounts + 1}`;
  const normalisations = ["minmax", "percentile", "thresholds"] as const;
  const config: HealthScoreConfig = {
    version: 1,
    ids: { range: range(1) },
    metrics: Array.from({ length: metrics }, (_, k) => {
      const normalisation = normalisations[k % 3];
      return {
        range: range(k + 2),
        normalisation,
        weight: 1 + (k % 4),
        ...(normalisation === "thresholds"
          ? { bad: 10 * (k + 1), good: 80 * (k + 1) }
          : { direction: k % 2 ? ("lower" as const) : ("higher" as const) }),
      };
    }),
    revenue: { range: range(metrics + 2) },
    trendSource,
  };
  return { sheet: { name: "Accounts", rows }, config };
}
