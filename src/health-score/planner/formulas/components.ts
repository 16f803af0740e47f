/** Component formulas of row 2 (spec §5.3): minmax, thresholds, percentile on the grid. */
import { absRange, cell } from "../../a1";
import { Normalisation } from "../../config";
import { GRID_OFFSET, GRID_POINTS, Layout, ROW } from "../layout";
import { FIRST_DATA_ROW, panelCell } from "./refs";

export function componentFormula(l: Layout, k: number, normalisation: Normalisation): string {
  const x = cell(FIRST_DATA_ROW, l.raw(k));
  const p = (row: number) => panelCell(l, row, k);
  const [dir, bad, good, min, max] = [ROW.direction, ROW.bad, ROW.good, ROW.min, ROW.max].map(p);
  switch (normalisation) {
    case "minmax":
      return `IF(ISNUMBER(${x}),IF(${max}=${min},1,IF(${dir}<0,(${max}-${x})/(${max}-${min}),(${x}-${min})/(${max}-${min}))),"")`;
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

function percentileComponent(l: Layout, k: number, x: string): string {
  const { g, f, t } = gridRanges(l, k);
  const i = `MATCH(${x},${g},1)`;
  const gi = `INDEX(${g},${i})`;
  const ti = `INDEX(${t},${i})`;
  const within = `(${ti}+(${x}-${gi})/(INDEX(${g},${ti}+2)-${gi}))/100`;
  const X = `IF(${gi}=${x},(INDEX(${f},${i})+${ti})/200,${within})`;
  const dir = panelCell(l, ROW.direction, k);
  const [min, max] = [ROW.min, ROW.max].map((row) => panelCell(l, row, k));
  return `IF(ISNUMBER(${x}),IF(${max}=${min},1,(${dir}<0)+(1-2*(${dir}<0))*${X}),"")`;
}
