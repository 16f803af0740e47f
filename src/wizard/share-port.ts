/**
 * What the Share tab needs from a workbook (docs/share.md, "In the task pane"), as one narrow
 * interface: the pane depends on this, never on Office.js. The Office.js edge
 * (src/excel/share-*.ts) implements it for Excel; tests and the playground run the same edge on the
 * in-browser fake workbook.
 */
import { ShareOutcome } from "../share/share-report";
import { Progress } from "./workbook-port";

export interface ShareCheck {
  /** Every cell (and defined name) that calls CS, with the rule it will get and why. */
  readonly outcomes: readonly ShareOutcome[];
  /** Protected sheets holding CS cells: listed, never unprotected. */
  readonly protectedSheets: readonly string[];
  /** The add-in's own sheets (health score, history): already native, never touched. */
  readonly ownedSheets: readonly string[];
  /** Cells recorded by an earlier Make shareable, per sheet (Restore offers them). */
  readonly recorded: ReadonlyMap<string, number>;
}

export type ShareFailure = {
  readonly ok: false;
  readonly reason: "cancelled" | "failed";
  readonly message: string;
};

export type ShareResult =
  | {
      readonly ok: true;
      /** Final outcomes: a cell whose value changed after recalculation is kept and listed. */
      readonly outcomes: readonly ShareOutcome[];
      readonly syncs: number;
      readonly largestPayload: number;
    }
  | ShareFailure;

export interface EditedCell {
  readonly sheet: string;
  readonly address: string;
}

export type RestoreResult =
  | {
      readonly ok: true;
      /** Cells given back their CS formula. */
      readonly restored: number;
      /** Cells changed since Make shareable: not overwritten, listed. */
      readonly edited: readonly EditedCell[];
      /** Record rows someone changed so they cannot be read: never acted on. */
      readonly unreadable: number;
      /** The record is gone: every recorded cell holds its CS formula again. */
      readonly recordRemoved: boolean;
    }
  | ShareFailure;

export interface SharePort {
  check(progress: Progress): Promise<ShareCheck>;
  makeShareable(progress: Progress): Promise<ShareResult>;
  /** All recorded cells, or those of one sheet. */
  restore(sheet: string | undefined, progress: Progress): Promise<RestoreResult>;
}
