/**
 * Component formulas of row 2 (docs/health-score.md, "The model", "Helper columns"), short because
 * LibreOffice's load time grows with formula length: min–max as (value − origin) / divisor from the
 * metric's coefficients, thresholds, and percentile on the grid at the position its helper column
 * looked up once.
 */
import { absRange, cell } from "../../../a1/a1";
import { Normalisation } from "../../config";
import { GRID_OFFSET, GRID_POINTS, Layout, ROW } from "../layout";
import { FIRST_DATA_ROW, panelCell } from "./refs";

/** `x`: row 2's source cell of metric k (alignedSource). */
export function componentFormula(
  l: Layout,
  k: number,
  normalisation: Normalisation,
  x: string
): string {
  const p = (row: number) => panelCell(l, row, k);
  const [bad, good] = [ROW.bad, ROW.good].map(p);
  switch (normalisation) {
    case "minmax": {
      const [origin, divisor] = [ROW.minmaxOrigin, ROW.minmaxDivisor].map((row) =>
        cell(row, l.grid(k), "$$")
      );
      return `IF(ISNUMBER(${x}),MAX(0,MIN(1,(${x}-${origin})/${divisor})),"")`;
    }
    case "thresholds":
      return `IF(ISNUMBER(${x}),IF(OR(NOT(ISNUMBER(${bad})),NOT(ISNUMBER(${good})),${bad}=${good}),"",MAX(0,MIN(1,(${x}-${bad})/(${good}-${bad})))),"")`;
    case "percentile":
      return percentileComponent(l, k, x);
  }
}

/** Absolute ranges of metric k's grid blocks G, F and T. */
export function gridRanges(l: Layout, k: number): { g: string; f: string; t: string } {
  const block = (offset: number) =>
    absRange(ROW.gridFirst + offset, l.grid(k), ROW.gridFirst + offset + GRID_POINTS - 1);
  return { g: block(0), f: block(GRID_OFFSET), t: block(2 * GRID_OFFSET) };
}

/**
 * Metric k's min–max coefficients (helper rows 2–3) for (x − origin) / divisor: (x − min) /
 * (max − min), or, lower is better, (x − max) / (min − max), which equals (max − x) / (max − min)
 * bit for bit (IEEE negation is exact), so tied accounts stay tied; when max = min every account
 * scores (min − (min − 1)) / 1 = 1.
 */
export function minmaxCoefficients(l: Layout, k: number): { origin: string; divisor: string } {
  const [dir, min, max] = [ROW.direction, ROW.min, ROW.max].map((row) => panelCell(l, row, k));
  const spread = `IF(${min}="","",IF(${max}=${min},`;
  return {
    origin: `${spread}${min}-1,IF(${dir}<0,${max},${min})))`,
    divisor: `${spread}1,IF(${dir}<0,${min}-${max},${max}-${min})))`,
  };
}

/** Row 2 of metric k's grid-position helper column: the one MATCH its component needs. */
export function gridPositionFormula(l: Layout, k: number, x: string): string {
  return `IF(ISNUMBER(${x}),MATCH(${x},${gridRanges(l, k).g},1),"")`;
}

/**
 * Metric k's percentile flip and sign (helper rows 5–6) for flip + sign × X: 0 and 1 (higher is
 * better), 1 and −1 (lower is better, 1 − X), or 1 and 0 when max = min, so every account scores
 * 1 (X is then a tie's finite mid-rank: every value equals every grid value).
 */
export function percentileCoefficients(l: Layout, k: number): { flip: string; sign: string } {
  const [dir, min, max] = [ROW.direction, ROW.min, ROW.max].map((row) => panelCell(l, row, k));
  const when = (flat: number, lower: number, higher: number) =>
    `IF(${min}="","",IF(${max}=${min},${flat},IF(${dir}<0,${lower},${higher})))`;
  return { flip: when(1, 1, 0), sign: when(0, -1, 1) };
}

/**
 * The percentile component reads everything from one range, its helper column's rows 2–360
 * (flip, sign and the grid blocks at fixed offsets): one reference where seven cells and ranges
 * were, so LibreOffice sets up one listener per account instead of seven.
 */
function percentileComponent(l: Layout, k: number, x: string): string {
  const column = l.grid(k);
  const top = ROW.minmaxOrigin;
  const R = absRange(top, column, ROW.gridFirst + 2 * GRID_OFFSET + GRID_POINTS - 1);
  /** The cell of `block` (0 G, 1 F, 2 T) at grid position `p` (1-based), as an index into R. */
  const at = (block: number, p: string) =>
    `INDEX(${R},${p}+${ROW.gridFirst + block * GRID_OFFSET - top})`;
  const i = cell(FIRST_DATA_ROW, l.match(k), "$col");
  const [gi, fi, ti] = [0, 1, 2].map((block) => at(block, i));
  const within = `(${ti}+(${x}-${gi})/(${at(0, `${ti}+2`)}-${gi}))/100`;
  const X = `IF(${gi}=${x},(${fi}+${ti})/200,${within})`;
  const coefficient = (row: number) => `INDEX(${R},${row - top + 1})`;
  return `IF(ISNUMBER(${x}),${coefficient(ROW.percentileFlip)}+${coefficient(ROW.percentileSign)}*${X},"")`;
}
