/**
 * Native form of CS.HEALTHSCORE (docs/functions.md, CS.HEALTHSCORE), the formula the wizard writes.
 */
import { healthScore } from "../core";
import { NativeEntry } from "./native-entry";
import { forms, range } from "./native-forms";

export const HEALTH: readonly NativeEntry[] = [
  {
    id: "HEALTHSCORE",
    params: [
      range("values"),
      range("weights"),
      // TRUE means "all TRUE" in the flag formula too; an omitted flag range takes the shorter
      // formula without flags.
      { name: "higher_is_better", kind: "range", optional: true, default: () => "TRUE" },
    ],
    compute: healthScore,
    // W and V stay separate SUMPRODUCT arguments: a text weight next to a missing value counts
    // as 0 there, where ISNUMBER(V)*W would give #VALUE!.
    native: ([V, W, H]) => {
      const [v, w, h] = [V.text, W.text, H.text];
      if (H.omitted) {
        return forms(
          `SUMPRODUCT(--ISNUMBER(${v}),${w},${v})/SUMPRODUCT(--ISNUMBER(${v}),${w})*100`
        );
      }
      const kept = `(${h}<>FALSE)*(${h}<>0)`;
      return forms(
        `(SUMPRODUCT(ISNUMBER(${v})*${kept},${w},${v})` +
          `+SUMPRODUCT(ISNUMBER(${v})*(1-${kept}),${w})` +
          `-SUMPRODUCT(ISNUMBER(${v})*(1-${kept}),${w},${v}))` +
          `/SUMPRODUCT(--ISNUMBER(${v}),${w})*100`
      );
    },
  },
];
