/**
 * A scripted in-memory WorkbookPort for the pane's tests (jest and the Chromium page): sheets of
 * values, a current selection the test sets, writes recorded with their plans, chunked progress
 * with cancellation. The lead later runs the same tests on the real edge over the fake Excel.
 */
import {
  HealthScoreConfig,
  PlanSources,
  SheetCells,
  SheetPlan,
  SourceValue,
  resolveRange,
  resolveRanges,
} from "../../src/health-score";
import {
  BuildTarget,
  OwnedSheet,
  Progress,
  SelectedRange,
  SnapshotOutcome,
  WorkbookPort,
  WriteOutcome,
} from "../../src/wizard/workbook-port";
import { MINMAX_SHEET, sheetCells } from "../health-score/fixtures";

/** Rows of cells, row 1 first. */
export type Grid = readonly (readonly SourceValue[])[];

export interface ScriptedOptions {
  readonly sheets: Readonly<Record<string, Grid>>;
  /** Chunks per write; each waits `delayMs` and honours Cancel. */
  readonly chunks?: number;
  readonly delayMs?: number;
  readonly structureProtected?: boolean;
  readonly saved?: HealthScoreConfig;
}

export interface Written {
  readonly plan: SheetPlan;
  readonly target: BuildTarget;
  readonly sheet: string;
}

export class ScriptedPort implements WorkbookPort {
  selected = "";
  delayMs: number;
  saved: HealthScoreConfig | undefined;
  readonly written: Written[] = [];
  readonly snapshots: string[] = [];
  readonly sourceCalls: { config: HealthScoreConfig; buildId: string; rebuild?: string }[] = [];
  private readonly owned: (OwnedSheet & { config: HealthScoreConfig })[] = [];
  private readonly cells: SheetCells[];

  constructor(private readonly options: ScriptedOptions) {
    this.delayMs = options.delayMs ?? 0;
    this.saved = options.saved;
    this.cells = Object.entries(options.sheets).map(([name, rows]) => sheetCells({ name, rows }));
  }

  /** Adds an owned score sheet as a previous build would have left it. */
  own(sheet: OwnedSheet & { config: HealthScoreConfig }): void {
    this.owned.push(sheet);
  }

  async selection(): Promise<SelectedRange> {
    const range = resolveRange(this.selected, this.cells);
    if (range === undefined || range === "deleted")
      throw new Error(`No such range ${this.selected}`);
    return { address: this.selected, range };
  }

  async sources(
    config: HealthScoreConfig,
    options: { readonly buildId: string; readonly rebuild?: string }
  ): Promise<PlanSources> {
    this.sourceCalls.push({ config, ...options });
    return {
      ranges: resolveRanges(config, this.cells),
      sheets: [
        ...this.cells.map((c) => ({ name: c.name })),
        ...this.owned.map((o) => ({
          name: o.name,
          marker: `cs-metrics:health-score:v1:${o.buildId}`,
        })),
      ],
      structureProtected: this.options.structureProtected ?? false,
      buildId: options.buildId,
      builtAt: 45292.5,
      productVersion: "0.1.0",
      ...(options.rebuild ? { rebuild: { sheet: options.rebuild } } : {}),
    };
  }

  async ownedSheets(): Promise<OwnedSheet[]> {
    return [...this.owned];
  }

  async write(plan: SheetPlan, target: BuildTarget, progress: Progress): Promise<WriteOutcome> {
    const chunks = this.options.chunks ?? 3;
    for (let done = 0; done < chunks; done++) {
      if (progress.cancelled()) return { ok: false, reason: "cancelled", message: "" };
      progress.report(done, chunks);
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    if (progress.cancelled()) return { ok: false, reason: "cancelled", message: "" };
    progress.report(chunks, chunks);
    const sheet = target.mode === "rebuild" ? target.sheet : plan.sheets[0].name;
    this.written.push({ plan, target, sheet });
    const config = this.sourceCalls[this.sourceCalls.length - 1].config;
    if (target.mode === "new")
      this.own({ name: sheet, kind: "score", buildId: plan.buildId, config });
    return { ok: true, sheet, syncs: chunks, largestPayload: 1000 };
  }

  async snapshot(scoreSheet: string, progress: Progress): Promise<SnapshotOutcome> {
    progress.report(1, 1);
    this.snapshots.push(scoreSheet);
    const built = [...this.written].reverse().find((w) => w.sheet === scoreSheet);
    return built
      ? { ok: true, rows: built.plan.accounts, timestamp: 45292.5 }
      : { ok: false, message: `${scoreSheet} has no scores` };
  }

  loadState(): HealthScoreConfig | undefined {
    return this.saved;
  }

  async saveState(config: HealthScoreConfig): Promise<void> {
    this.saved = config;
  }
}

/** Spec §13.1: six accounts, three metrics, previous score and ARR on sheet Accounts. */
export const ACCOUNTS: Grid = MINMAX_SHEET.rows;

/** Headers meant to break a page that would treat them as markup or let bidi controls leak. */
export const HOSTILE_HEADER = "<img src=x onerror=alert(1)>";
export const RTL_OVERRIDE_HEADER = "\u202Eusage\u202C";
export const HOSTILE: Grid = [
  [HOSTILE_HEADER, RTL_OVERRIDE_HEADER],
  [1, 4],
  [2, 5],
  [3, 6],
  [4, 7],
  [5, 8],
  [6, 9],
];
