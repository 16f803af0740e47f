/**
 * What the wizard needs from a workbook, as one interface: the task pane depends on this, never
 * on Office.js. The Office.js edge (src/excel/) implements it for Excel; tests and the playground
 * run the same edge on the in-browser fake workbook.
 */
import { HealthScoreConfig, PlanSources, SheetPlan, SourceRange } from "../health-score";
import { BacktestFigures } from "../health-score/backtest-verdict";

/**
 * The user's current selection, as "Use current selection" shows it (docs/health-score.md, "Inputs
 * and settings").
 */
export interface SelectedRange {
  /**
   * Sheet-qualified A1 address, e.g. `Accounts!A1:A301`; every area of a multi-area selection
   * (`Accounts!A1:A9,Accounts!C1:C9`), so reading the config again still reports E05.
   */
  readonly address: string;
  /** Whole columns are already cut at the used range; `areas` > 1 for a multi-area selection. */
  readonly range: SourceRange;
}

/** A sheet this add-in owns (its `CSMetrics_Owner` marker, docs/health-score.md). */
export interface OwnedSheet {
  readonly name: string;
  readonly kind: "score" | "history";
  readonly buildId: string;
  /**
   * For a score sheet: its configuration read back from the panel and the source names, finance's
   * edits included; `undefined` when it cannot be read (the pane then offers Build new).
   */
  readonly config?: HealthScoreConfig;
  /** Human-readable notes on adopted edits ("Weights changed in the sheet …"), in English keys. */
  readonly adoptedEdits?: readonly string[];
  /** A score sheet's back-test figures, calculated, when it has a back-test block. */
  readonly backtest?: BacktestFigures;
}

/** Progress and cancellation of a long operation; the edge checks `cancelled()` between chunks. */
export interface Progress {
  report(done: number, total: number): void;
  cancelled(): boolean;
}

export type BuildTarget =
  { readonly mode: "new" } | { readonly mode: "rebuild"; readonly sheet: string };

export type WriteOutcome =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly syncs: number;
      readonly largestPayload: number;
    }
  | { readonly ok: false; readonly reason: "cancelled" | "failed"; readonly message: string };

export type SnapshotOutcome =
  | { readonly ok: true; readonly rows: number; readonly timestamp: number }
  | { readonly ok: false; readonly message: string };

export interface WorkbookPort {
  selection(): Promise<SelectedRange>;
  /** Everything `planHealthScore` needs for `config` (its `sources`). */
  sources(
    config: HealthScoreConfig,
    options: { readonly buildId: string; readonly rebuild?: string }
  ): Promise<PlanSources>;
  ownedSheets(): Promise<OwnedSheet[]>;
  write(plan: SheetPlan, target: BuildTarget, progress: Progress): Promise<WriteOutcome>;
  snapshot(scoreSheet: string, progress: Progress): Promise<SnapshotOutcome>;
  /** The pane's saved, possibly unbuilt, state (document settings `CSMetrics.healthScore.v1`). */
  loadState(): HealthScoreConfig | undefined;
  saveState(config: HealthScoreConfig): Promise<void>;
}
