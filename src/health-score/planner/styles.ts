/** The named cell styles of the score sheet (docs/health-score.md, "Formatting"). */
import { CellStyle } from "../plan";
import { OutputStrings } from "../locales/en";
import { TIMESTAMP_FORMAT } from "./history-layout";

export const BAND_STYLE = {
  green: { fill: "C6EFCE", fontColor: "006100" },
  yellow: { fill: "FFEB9C", fontColor: "9C5700" },
  red: { fill: "FFC7CE", fontColor: "9C0006" },
  nodata: { fontColor: "808080" },
} as const;

const EDITABLE = "FFF2CC";
const LABEL = "F2F2F2";

export function sheetStyles(s: OutputStrings): Record<string, CellStyle> {
  const quoted = (t: string) => `"${t.replace(/"/g, "")}"`;
  return {
    header: { bold: true, fill: "1F4E78", fontColor: "FFFFFF", wrap: true },
    title: { bold: true },
    label: { fill: LABEL },
    section: { bold: true, fill: LABEL },
    // Helper values (the percentile grid): a format on each, so none shows floating-point noise
    // such as 9935.60000000001.
    gridPoint: { numberFormat: "0%" },
    gridValue: { numberFormat: "#,##0.00##" },
    gridCount: { numberFormat: "0" },
    text: {},
    component: { numberFormat: "0.00" },
    // Two trailing spaces: the score is right-aligned and the band beside it left-aligned, so
    // without them "41.3" and "Yellow" would touch ("41.3Yellow").
    score: { numberFormat: "0.0\\ \\ " },
    change: { numberFormat: "+0.0;-0.0;0.0" },
    revenue: { numberFormat: "#,##0" },
    share: { numberFormat: "0.0%" },
    count: { numberFormat: "0" },
    lift: { numberFormat: "0.00" },
    auc: { numberFormat: "0.000" },
    timestamp: { numberFormat: TIMESTAMP_FORMAT },
    direction: {
      numberFormat: `${quoted(s.higherIsBetter)};${quoted(s.lowerIsBetter)};${quoted(s.higherIsBetter)}`,
    },
    editable: { fill: EDITABLE },
    editableTimestamp: { fill: EDITABLE, numberFormat: TIMESTAMP_FORMAT },
    helper: { fontColor: "808080", numberFormat: "0" },
    bandGreen: BAND_STYLE.green,
    bandYellow: BAND_STYLE.yellow,
    bandRed: BAND_STYLE.red,
    bandNodata: BAND_STYLE.nodata,
  };
}
