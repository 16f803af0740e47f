/**
 * What Share did or will do to a workbook, as data: one outcome per formula cell (or defined
 * name) that calls a CS function, and the counts the pane and the CLI print from it
 * (docs/share.md). Pure: the pane localises it, the CLI prints it or writes it as JSON.
 */
import { ValueReason } from "./convert-formula";

/** Why a call that has a native form still keeps its value (or stays): the third rule. */
export type CheckReasonId =
  /** On the workbook's data the native formula gives another value than the function. */
  | "value-differs"
  /** An argument refers to cells that cannot be read (another workbook, an unknown name). */
  | "unreadable-reference"
  /** An argument refers to a formula cell that has no cached value to check with. */
  | "uncached-reference"
  /** The cell's own stored value is not what the function gives on the stored data. */
  | "stale-value"
  /** The native formula uses something the checker cannot evaluate. */
  | "not-checkable";

export interface CheckReason {
  readonly id: CheckReasonId;
  readonly functionId?: string;
  /** What the function gives and what the native formula gives, as shown in a cell. */
  readonly expected?: string;
  readonly actual?: string;
}

/** Why the task pane kept a CS formula (docs/share.md, "In the task pane"). */
export type PaneReasonId =
  /** The sheet is protected: its cells cannot change, and the pane never unprotects. */
  | "protected-sheet"
  /** The cell shows no value of its own to freeze (#BUSY!, #NAME? when the add-in is not loaded). */
  | "no-value"
  /** A defined name: listed, its formula is not changed by this version. */
  | "defined-name"
  /** A spilled result's cells to the right hold formulas of their own. */
  | "spill-blocked";

export interface PaneReason {
  readonly id: PaneReasonId;
  readonly functionId?: string;
}

export type ShareReason = ValueReason | CheckReason | PaneReason;

/**
 * - native: the formula now uses only built-in functions;
 * - value: the formula was replaced by its value (frozen);
 * - kept: the CS formula stays (no value to freeze, a protected sheet, or a read-back that
 *   differed in the pane), and it is listed as a problem.
 */
export type ShareRule = "native" | "value" | "kept";

export interface ShareOutcome {
  /** The sheet's name; for a workbook-scoped defined name, undefined. */
  readonly sheet?: string;
  /** A1 address of the cell (`D4`, or `C2:F2` for a spilled result), or the defined name. */
  readonly address: string;
  readonly kind: "cell" | "name" | "table-column";
  /** The CS function ids called, outermost first, once per call. */
  readonly functions: readonly string[];
  readonly rule: ShareRule;
  readonly reason?: ShareReason;
  /** The formula before (as read, without "=") and after, for the record and for Restore. */
  readonly before: string;
  readonly after?: string;
}

export interface ShareCounts {
  readonly native: number;
  readonly value: number;
  readonly kept: number;
  /** Per function id: how many calls went each way. */
  readonly byFunction: ReadonlyMap<string, { native: number; value: number; kept: number }>;
}

/** Counts of cells by rule, and of calls by function and rule (a cell's calls share its rule). */
export function countOutcomes(outcomes: readonly ShareOutcome[]): ShareCounts {
  const byFunction = new Map<string, { native: number; value: number; kept: number }>();
  const totals = { native: 0, value: 0, kept: 0 };
  for (const outcome of outcomes) {
    totals[outcome.rule]++;
    for (const id of outcome.functions) {
      const counts = byFunction.get(id) ?? { native: 0, value: 0, kept: 0 };
      counts[outcome.rule]++;
      byFunction.set(id, counts);
    }
  }
  return { ...totals, byFunction };
}
