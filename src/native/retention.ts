/** Native forms of the customer-retention functions (docs/functions.md, CS.CHURN to CS.RENEWAL). */
import { churn, churnFromDates, renewal, retention } from "../core";
import { NativeEntry } from "./native-entry";
import { forms, range, ratio, scalar } from "./native-forms";

export const RETENTION: readonly NativeEntry[] = [
  {
    id: "CHURN",
    params: [scalar("customers_at_start"), scalar("customers_lost")],
    compute: churn,
    native: ([start, lost]) => forms(`${lost.text}/${start.text}`),
  },
  {
    id: "CHURNFROMDATES",
    params: [
      range("start_dates"),
      range("end_dates"),
      scalar("period_start"),
      scalar("period_end"),
    ],
    compute: churnFromDates,
    // Exact only for whole-day period bounds; COUNTIFS takes S and E as ranges, and there is
    // no SUMPRODUCT form.
    native: ([S, E, P1, P2]) => {
      if (!S.isReference || !E.isReference) return { none: "criteria-range-not-reference" };
      const [s, e, p1, p2] = [S.text, E.text, P1.text, P2.text];
      return forms(
        `(COUNTIFS(${s},"<"&${p1},${e},">="&${p1},${e},"<"&(${p2}+1))` +
          `+COUNTIFS(${s},">="&${p1},${s},"<"&(${p2}+1),${e},"<"&(${p2}+1)))` +
          `/(COUNTIFS(${s},"<"&${p1},${e},">="&${p1})+COUNTIFS(${s},"<"&${p1},${e},""))`
      );
    },
  },
  {
    id: "RETENTION",
    params: [scalar("customers_at_start"), scalar("customers_at_end"), scalar("new_customers")],
    compute: retention,
    native: ([start, end, added]) => forms(`(${end.text}-${added.text})/${start.text}`),
  },
  ratio("RENEWAL", ["renewed", "up_for_renewal"], renewal),
];
