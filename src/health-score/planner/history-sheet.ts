/**
 * The paired history sheet for trend source `snapshots` (spec §6): snapshot rows in A:C, the
 * index in F:H. The build writes only headers and the marker; snapshots append rows later.
 */
import { text } from "../a1";
import { PlannedSheet } from "../plan";
import { OWNER_NAME } from "../defined-names";
import { marker } from "./names";
import { Model } from "./model";

export function historySheet(model: Model, name: string, rightToLeft: boolean): PlannedSheet {
  const { s } = model;
  const headers: [number, string][] = [
    [1, s.snapshot],
    [2, s.account],
    [3, s.score],
    [6, s.snapshot],
    [7, s.firstRow],
    [8, s.rows],
  ];
  return {
    name,
    kind: "history",
    cells: headers.map(([column, value]) => ({ row: 1, column, value, style: "header" })),
    fills: [],
    widths: [
      { column: 1, width: 18 },
      { column: 2, width: 18 },
      { column: 3, width: 10 },
      { column: 6, width: 18 },
      { column: 7, width: 10 },
      { column: 8, width: 10 },
    ],
    heights: [],
    freeze: { rows: 1, columns: 0 },
    conditionalFormats: [],
    validations: [],
    names: [
      {
        name: OWNER_NAME,
        formula: text(marker("health-history", model.sources.buildId)),
        hidden: true,
      },
    ],
    rightToLeft,
  };
}
