/** Summary and lowest 10 scores of the model panel (docs/health-score.md, "The model panel"). */
import { cell } from "../../../a1/a1";
import { text } from "../../a1";
import { OutputStrings } from "../../locales/en";
import { Layout, ROW } from "../layout";
import { columnRange } from "./refs";

const BAND_KEYS = ["green", "yellow", "red", "nodata"] as const;

export interface PanelFormula {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export function summaryFormulas(l: Layout, s: OutputStrings): PanelFormula[] {
  const [count, share, revenue] = [1, 2, 3].map((d) => l.labels + d);
  const band = columnRange(l, l.band);
  const rev = l.revenue === undefined ? undefined : columnRange(l, l.revenue);
  const total = cell(ROW.summaryTotal, count, "$$");
  const rows: PanelFormula[] = BAND_KEYS.flatMap((key, i) => {
    const row = ROW.summaryBands + i;
    return [
      { row, column: count, formula: `COUNTIF(${band},${text(s[key])})` },
      { row, column: share, formula: `IF(${total}=0,"",${cell(row, count)}/${total})` },
      ...(rev ? [{ row, column: revenue, formula: `SUMIF(${band},${text(s[key])},${rev})` }] : []),
    ];
  });
  const score = columnRange(l, l.score);
  const value = l.labels + 1;
  rows.push(
    { row: ROW.summaryTotal, column: count, formula: `ROWS(${columnRange(l, 1)})` },
    ...(rev ? [{ row: ROW.summaryTotal, column: revenue, formula: `SUM(${rev})` }] : []),
    { row: ROW.average, column: value, formula: `IF(COUNT(${score})=0,"",AVERAGE(${score}))` },
    { row: ROW.median, column: value, formula: `IF(COUNT(${score})=0,"",MEDIAN(${score}))` }
  );
  if (l.trend !== undefined)
    rows.push({
      row: ROW.declining,
      column: value,
      formula: `COUNTIF(${columnRange(l, l.trend)},${text(s.down)})`,
    });
  if (rev)
    rows.push({
      row: ROW.revenueAtRisk,
      column: value,
      formula: `SUMIF(${band},${text(s.red)},${rev})`,
    });
  return rows;
}

/** Columns of the lowest-10 block, relative to the label column. */
export const LOWEST = { rank: 0, account: 1, score: 2, band: 3, revenue: 4, row: 5 } as const;

/** Formulas of lowest-10 row `row` (43..52); rows after the first continue below the previous. */
export function lowestFormulas(l: Layout, row: number): PanelFormula[] {
  const col = (d: number) => l.labels + d;
  const score = columnRange(l, l.score);
  const rank = cell(row, col(LOWEST.rank), "$col");
  const q = cell(row, col(LOWEST.score));
  const t = cell(row, col(LOWEST.row));
  const firstMatch = `MATCH(${q},${score},0)`;
  let position: string;
  if (row === ROW.lowestFirst) position = `IF(${q}="","",${firstMatch})`;
  else {
    const qAbove = cell(row - 1, col(LOWEST.score));
    const tAbove = cell(row - 1, col(LOWEST.row));
    const below = `INDEX(${score},${tAbove}+1):${cell(l.lastRow, l.score, "$$")}`;
    position = `IF(${q}="","",IF(${q}=${qAbove},IFERROR(${tAbove}+MATCH(${q},${below},0),${firstMatch}),${firstMatch}))`;
  }
  const pick = (column: number) => `IF(${t}="","",INDEX(${columnRange(l, column)},${t}))`;
  return [
    {
      row,
      column: col(LOWEST.score),
      formula: `IF(COUNT(${score})<${rank},"",SMALL(${score},${rank}))`,
    },
    { row, column: col(LOWEST.row), formula: position },
    { row, column: col(LOWEST.account), formula: pick(1) },
    { row, column: col(LOWEST.band), formula: pick(l.band) },
    ...(l.revenue === undefined
      ? []
      : [{ row, column: col(LOWEST.revenue), formula: pick(l.revenue) }]),
  ];
}
