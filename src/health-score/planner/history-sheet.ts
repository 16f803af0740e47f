/**
 * The paired history sheet for trend source `snapshots` (docs/health-score.md, "History and
 * snapshots"): snapshot rows in A:C, the index in F:H, points per metric from J. The build writes
 * only headers and the marker; snapshots append rows, and head a points column when they first
 * record a metric's name.
 */
import { text } from "../a1";
import { PlannedSheet } from "../plan";
import { OWNER_NAME } from "../defined-names";
import { HISTORY } from "./history-layout";
import { marker } from "./names";
import { Model } from "./model";

export function historySheet(model: Model, name: string, rightToLeft: boolean): PlannedSheet {
  const { s } = model;
  const headers: [number, string][] = [
    [HISTORY.snapshot, s.snapshot],
    [HISTORY.account, s.account],
    [HISTORY.score, s.score],
    [HISTORY.indexSnapshot, s.snapshot],
    [HISTORY.indexFirstRow, s.firstRow],
    [HISTORY.indexRows, s.rows],
  ];
  return {
    name,
    kind: "history",
    cells: headers.map(([column, value]) => ({ row: 1, column, value, style: "header" })),
    fills: [],
    widths: [
      { column: HISTORY.snapshot, width: 18 },
      { column: HISTORY.account, width: 18 },
      { column: HISTORY.score, width: 10 },
      { column: HISTORY.indexSnapshot, width: 18 },
      { column: HISTORY.indexFirstRow, width: 10 },
      { column: HISTORY.indexRows, width: 10 },
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
