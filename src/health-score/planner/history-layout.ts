/**
 * Where things sit on the paired history sheet (docs/health-score.md, "History and snapshots"),
 * shared by the build (headers), Snapshot (what it appends) and the score sheet's formulas (what
 * they read back), so no column is spelled in two places.
 */
import { columnLetters } from "../../a1/a1";

export const HISTORY = {
  /** One row per account and snapshot: A Snapshot, B Account, C Score. */
  snapshot: 1,
  account: 2,
  score: 3,
  /** The index block F:H, one row per snapshot: Snapshot, First row, Rows. */
  indexSnapshot: 6,
  indexFirstRow: 7,
  indexRows: 8,
  /**
   * Points per metric from J (I stays empty as a gap), each column headed in row 1 by the
   * metric's name at snapshot time. The last is AMJ, LibreOffice 7.4's last column by default,
   * so the score sheet's lookup of a name in J1:AMJ1 reads the same cells in both programs.
   */
  firstPoints: 10,
  lastPoints: 1024,
} as const;

/** The column letter of a history column (`B`). */
export const historyColumn = (key: keyof typeof HISTORY): string => columnLetters(HISTORY[key]);

/** Snapshots are stamped to the minute, so a baseline typed in this format finds its snapshot. */
export const TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm";
