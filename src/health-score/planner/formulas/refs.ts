/** References into the score sheet that several formulas share. */
import { absRange, cell } from "../../../a1/a1";
import { Layout, ROW } from "../layout";

export const FIRST_DATA_ROW = 2;

/** `$B$2:$B$301` over a table column's data rows. */
export const columnRange = (l: Layout, column: number): string =>
  absRange(FIRST_DATA_ROW, column, l.lastRow);

/** Metric k's cell in panel row `row`, absolute (`$P$16`). */
export const panelCell = (l: Layout, row: number, k: number): string => cell(row, l.panel(k), "$$");

/** Metric k's cell in panel row `row` with an absolute row only (`P$14`), for grid fills. */
export const panelRowCell = (l: Layout, row: number, k: number): string =>
  cell(row, l.panel(k), "$row");

/** The single value cell of a panel row (`$P$19`). */
export const valueCell = (l: Layout, row: number): string => panelCell(l, row, 0);

/** Row 12 over the metric columns (`$P$12:$R$12`; one metric: `$P$12`). */
export const weightsRange = (l: Layout): string =>
  l.metrics === 1
    ? panelCell(l, ROW.weight, 0)
    : absRange(ROW.weight, l.panel(0), ROW.weight, l.panel(l.metrics - 1));

/** Row 2's present weight (its helper column, absolute), read by the score and every points cell. */
export const presentWeight = (l: Layout): string => cell(FIRST_DATA_ROW, l.presentWeight, "$col");
