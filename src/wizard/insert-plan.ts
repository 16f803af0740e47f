/**
 * Insert on the Functions tab, decided without Office: `=CS.NAME(B2:B10)` goes in the cell just
 * below the selected block (as AutoSum does), never inside it, where it would refer to itself.
 */
import { Rect } from "../health-score";
import { MAX_ROWS, cell } from "../a1/a1";

/** The selected block, 1-based (whole columns already cut at the used range). */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface InsertPlan {
  /** The one cell written. */
  readonly target: Rect;
  /** Its A1 address on the selection's sheet, e.g. `B11`. */
  readonly cell: string;
  readonly formula: string;
}

/** The plan, or undefined when the block reaches the sheet's last row. */
export function planInsert(name: string, block: Block): InsertPlan | undefined {
  const bottom = block.top + block.rows - 1;
  if (bottom >= MAX_ROWS) return undefined; // no cell lies below a block on the last row
  const right = block.left + block.columns - 1;
  const first = cell(block.top, block.left);
  const argument =
    block.rows === 1 && block.columns === 1 ? first : `${first}:${cell(bottom, right)}`;
  const row = bottom + 1;
  return {
    target: { top: row, left: block.left, bottom: row, right: block.left },
    cell: cell(row, block.left),
    formula: `=CS.${name}(${argument})`,
  };
}
