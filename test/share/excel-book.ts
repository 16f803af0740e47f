/**
 * An Excel-shaped workbook for Share's tests: CS calls in plain cells, wrapped in other formulas,
 * on other sheets and on names, a shared-formula group with a CS call beside one without, a
 * spilled NPSBREAKDOWN (array formula with dynamic-array metadata), a table whose calculated
 * column calls CS.CHURN, and a calculation chain. Cached values are what Excel would have saved.
 */
import { BookSpec, CellSpec, MAIN_NS } from "../support/xlsx-parts";

const num = (ref: string, v: number): CellSpec => ({ ref, v: String(v) });
const formula = (ref: string, f: string, v: number | string, extra: Partial<CellSpec> = {}) =>
  ({ ref, f, v: String(v), ...(typeof v === "string" ? { t: "str" } : {}), ...extra }) as CellSpec;

export const SCORES = [10, 9, 8, 7, 6, 10, 10, 3];
const NPS = 25;

const TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table xmlns="${MAIN_NS}" id="1" name="Table1" displayName="Table1" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"/><tableColumns count="3"><tableColumn id="1" name="Start"/><tableColumn id="2" name="Lost"/><tableColumn id="3" name="Churn" dataDxfId="0"><calculatedColumnFormula>_xldudf_CS_CHURN(Table1[[#This Row],[Start]],Table1[[#This Row],[Lost]])</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

export function excelBook(): BookSpec {
  return {
    sharedStrings: ["Score", "Start", "Lost", "Churn", "Label"],
    names: [
      { name: "Promoters", formula: "_xldudf_CS_NPS(Survey!$A$2:$A$9)" },
      { name: "Scores", formula: "Survey!$A$2:$A$9" },
    ],
    calcChain: true,
    sheets: [
      {
        name: "Survey",
        cells: [
          { ref: "A1", t: "s", v: "0" },
          { ref: "B1", t: "s", v: "1" },
          { ref: "C1", t: "s", v: "2" },
          ...SCORES.map((s, i) => num(`A${i + 2}`, s)),
          num("B2", 100),
          num("C2", 5),
          num("B3", 200),
          num("C3", 10),
          num("B4", 50),
          num("C4", 1),
          formula("D2", "_xldudf_CS_NPS(A2:A9)", NPS),
          formula("E2", "ROUND(_xldudf_CS_NPS(A:A),0)", NPS),
          formula("E3", "_xldudf_CS_CHURN(B2,C2)*100", 5, { s: "1" }),
          formula("E4", 'IF(_xldudf_CS_NPS(A2:A9)>0,"ok","bad")', "ok"),
          formula("E5", "Promoters/100", 0.25),
          formula("F2", "_xldudf_CS_CHURN(B2,C2)", 0.05, {
            fAttrs: { t: "shared", ref: "F2:F4", si: "0" },
          }),
          { ref: "F3", fAttrs: { t: "shared", si: "0" }, v: "0.05" },
          { ref: "F4", fAttrs: { t: "shared", si: "0" }, v: "0.02" },
          formula("G2", "B2+C2", 105, { fAttrs: { t: "shared", ref: "G2:G4", si: "1" } }),
          { ref: "G3", fAttrs: { t: "shared", si: "1" }, v: "210" },
          { ref: "G4", fAttrs: { t: "shared", si: "1" }, v: "51" },
          formula("H2", "_xldudf_CS_NPSBREAKDOWN(A2:A9)", 0.5, {
            cm: "1",
            fAttrs: { t: "array", ref: "H2:K2" },
          }),
          num("I2", 0.25),
          num("J2", 0.25),
          num("K2", 8),
        ],
      },
      {
        name: "Other sheet",
        cells: [
          formula("A1", "_xldudf_CS_NPS(Survey!A2:A9)", NPS),
          formula("A2", "_xldudf_CS_NPS(Scores)", NPS),
          formula("A3", "Survey!D2*2", NPS * 2),
        ],
      },
      {
        name: "Accounts",
        table: TABLE,
        cells: [
          { ref: "A1", t: "s", v: "1" },
          { ref: "B1", t: "s", v: "2" },
          { ref: "C1", t: "s", v: "3" },
          num("A2", 100),
          num("B2", 5),
          num("A3", 40),
          num("B3", 4),
          num("A4", 80),
          num("B4", 2),
          formula("C2", "_xldudf_CS_CHURN(A2,B2)", 0.05, {
            fAttrs: { t: "shared", ref: "C2:C4", si: "0" },
          }),
          { ref: "C3", fAttrs: { t: "shared", si: "0" }, v: "0.1" },
          { ref: "C4", fAttrs: { t: "shared", si: "0" }, v: "0.025" },
        ],
      },
    ],
  };
}
