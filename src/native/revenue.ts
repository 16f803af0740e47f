/** Native forms of the revenue functions (docs/functions.md, CS.MRR to CS.CRC). */
import { arpu, clv, crc, expansionRate, grr, mrr, ndr, saasLtv } from "../core";
import { NativeEntry } from "./native-entry";
import { forms, optionalScalar, ratio, scalar } from "./native-forms";

export const REVENUE: readonly NativeEntry[] = [
  {
    id: "MRR",
    params: [scalar("active_customers"), scalar("arpu")],
    compute: mrr,
    native: ([n, a]) => forms(`${n.text}*${a.text}`),
  },
  ratio("ARPU", ["total_revenue", "average_users"], arpu),
  {
    id: "NDR",
    params: [
      scalar("start_mrr"),
      scalar("expansion"),
      scalar("contraction"),
      scalar("churned_mrr"),
    ],
    compute: ndr,
    native: ([s, x, c, ch]) => forms(`(${s.text}+${x.text}-${c.text}-${ch.text})/${s.text}`),
  },
  {
    id: "GRR",
    params: [scalar("start_mrr"), scalar("contraction"), scalar("churned_mrr")],
    compute: grr,
    native: ([s, c, ch]) => forms(`(${s.text}-${c.text}-${ch.text})/${s.text}`),
  },
  ratio("EXPANSIONRATE", ["expansion_mrr", "start_mrr"], expansionRate),
  {
    id: "CLV",
    params: [
      scalar("average_purchase_value"),
      scalar("purchases_per_period"),
      scalar("lifespan_periods"),
      optionalScalar("gross_margin", "1"),
    ],
    compute: clv,
    native: ([v, p, l, m]) => forms(`${v.text}*${p.text}*${l.text}*${m.text}`),
  },
  {
    id: "SAASLTV",
    params: [scalar("arpu"), scalar("churn_rate"), optionalScalar("gross_margin", "1")],
    compute: saasLtv,
    native: ([a, churnRate, m]) => forms(`${a.text}*${m.text}/${churnRate.text}`),
  },
  ratio("CRC", ["retention_costs", "customers"], crc),
];
