/**
 * How the score sheet prints (docs/health-score.md, "Printing"): landscape, the account table one
 * page wide with row 1 and the account column on every page, then the panel on page(s) of its own.
 * Decided here once so the Excel writer and the file writer only apply it.
 */
import { PlannedCell, PrintSetup, Span } from "../plan";
import { HelperBlocks } from "./helper-blocks";
import { Layout } from "./layout";

const within = (n: number, spans: readonly Span[]): boolean =>
  spans.some((s) => n >= s.first && n <= s.last);

/**
 * Two print areas, each starting on a new page: the table (A1 to its last column and row) and
 * the panel (its label column to its widest block, down to its last row), helper columns left
 * out.
 */
export function printSetup(
  l: Layout,
  cells: readonly PlannedCell[],
  helpers: HelperBlocks,
  footer: string
): PrintSetup {
  const panel = cells.filter((c) => c.column >= l.labels && !within(c.column, helpers.columns));
  const right = Math.max(l.labels + 1, ...panel.map((c) => c.column));
  const bottom = Math.max(1, ...panel.map((c) => c.row));
  return {
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    // Row 1 only: the table prints one page wide, so its account column is on every page
    // anyway, and a repeated column A would print account ids beside the panel's labels.
    titleRows: { first: 1, last: 1 },
    areas: [
      { top: 1, left: 1, bottom: l.lastRow, right: l.lastColumn },
      { top: 1, left: l.labels, bottom, right },
    ],
    header: "&A",
    footer,
  };
}
