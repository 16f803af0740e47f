/**
 * Invalid data and references Share's checker cannot read, each formula with the cached value
 * Excel would have saved (the formula core's result): a score of 11, an empty required argument,
 * an error in a range (skipped alike by NPS and COUNTIF, not by CESAVG and AVERAGE), another
 * workbook, a reference to a formula saved without a value, a stale saved value, and one valid
 * call.
 */
import { coreFunctionValue } from "../../src/share/core-functions";
import { Scalar } from "../../src/formula/values";
import { BookSpec, CellSpec } from "../support/xlsx-parts";
import { cachedCell } from "./random-book";

/** A cached value as Excel would save it: `v`, and `t` for text, booleans and errors. */
function cached(value: unknown): Pick<CellSpec, "t" | "v"> {
  const { t, v } = cachedCell("A1", value as Scalar);
  return { t, v };
}

const SCORES = [10, 9, 11, 3, 8];

/** Invalid data and references the checker cannot read; every formula has its cached value. */
export function invalidBook(): BookSpec {
  const scores = SCORES.map((s, i): CellSpec => ({ ref: `A${i + 2}`, v: String(s) }));
  const withError: CellSpec[] = [
    { ref: "B2", v: "9" },
    { ref: "B3", t: "e", v: "#N/A" },
    { ref: "B4", v: "3" },
  ];
  const npsOf = (column: unknown[][]) => coreFunctionValue("NPS", [column]);
  return {
    sheets: [
      {
        name: "Data",
        cells: [
          ...scores,
          ...withError,
          { ref: "C2", v: "100" },
          { ref: "C3", f: "1+1" }, // a formula saved without a value
          { ref: "D2", f: "_xldudf_CS_NPS(A2:A6)", ...cached(npsOf(SCORES.map((s) => [s]))) },
          { ref: "D3", f: "_xldudf_CS_CHURN(,C2)", ...cached({ error: "#VALUE!" }) },
          {
            ref: "D4",
            f: "_xldudf_CS_NPS(B2:B4)",
            ...cached(npsOf([[9], [{ error: "#N/A" }], [3]])),
          },
          { ref: "D5", f: '_xldudf_CS_NPS([1]Sheet1!A1:A5)&" pts"', t: "str", v: "25 pts" },
          { ref: "D6", f: "_xldudf_CS_CHURN(C2,C3)", v: "0.02" },
          { ref: "D7", f: "_xldudf_CS_CHURN(C2,5)", v: "0.5" }, // stale: the core gives 0.05
          { ref: "D8", f: "_xldudf_CS_CHURN(C2,5)", v: "0.05", s: "1" },
          {
            ref: "D9",
            f: "_xldudf_CS_CESAVG(B2:B4)",
            ...cached(coreFunctionValue("CESAVG", [[[9], [{ error: "#N/A" }], [3]]])),
          },
        ],
      },
    ],
    calcChain: true,
  };
}
