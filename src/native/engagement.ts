/** Native forms of the support and engagement functions (docs/functions.md, CS.FCR to CS.TTV). */
import { avgSession, conversion, fcr, stickiness, trialConversion, ttv, usageRate } from "../core";
import { NativeEntry } from "./native-entry";
import { forms, range, ratio, scalar } from "./native-forms";

export const ENGAGEMENT: readonly NativeEntry[] = [
  ratio("FCR", ["resolved_on_first_contact", "total_tickets"], fcr),
  ratio("CONVERSION", ["conversions", "visitors"], conversion),
  ratio("TRIALCONVERSION", ["converted", "trial_users"], trialConversion),
  ratio("STICKINESS", ["dau", "mau"], stickiness),
  ratio("AVGSESSION", ["total_duration", "sessions"], avgSession),
  {
    id: "USAGERATE",
    params: [range("usage_values"), scalar("threshold")],
    compute: usageRate,
    // SUMPRODUCT for references too: COUNTIF compares with t rounded to 15 digits as text.
    native: ([r, t]) =>
      forms(`SUMPRODUCT(ISNUMBER(${r.text})*(${r.text}>=${t.text}))/COUNT(${r.text})`),
  },
  {
    id: "TTV",
    params: [
      range("start_dates"),
      range("value_dates"),
      {
        name: "method",
        kind: "scalar",
        optional: true,
        default: () => '"median"',
        options: ["median", "mean"],
      },
    ],
    compute: ttv,
    native: ([S, V, method]) => {
      const chosen = method.omitted ? "median" : method.value;
      if (typeof chosen !== "string") return { none: "method-unknown" };
      if (chosen.toLowerCase() === "median") return { none: "median-needs-array" };
      if (chosen.toLowerCase() !== "mean") return { none: "method-unknown" };
      if (!S.isReference || !V.isReference) return { none: "criteria-range-not-reference" };
      return forms(
        `(SUMIFS(${V.text},${S.text},">=0",${V.text},">=0")-SUMIFS(${S.text},${S.text},">=0",${V.text},">=0"))` +
          `/COUNTIFS(${S.text},">=0",${V.text},">=0")`
      );
    },
  },
];
