/**
 * What the fuzzer knows about each CS function, transcribed from functions.md one function at a
 * time and in its order (§3 to §7), so a reviewer can hold this file next to the spec: the
 * parameters in order with their kind, which values are valid for them, the relations a valid
 * call respects, and the domain of the result. Nothing here comes from the implementation.
 *
 * The whole catalogue (25 functions, then §11's four) is listed even where a branch registers fewer: the suite
 * runs every function the built bundle registers, and fails if one has no entry here.
 */

/** The set of numbers (or values) that is valid for a parameter or a range item (§1 domains). */
export type Family =
  /** Integer ≥ 0: customers, tickets. */
  | { readonly name: "count" }
  /** Number ≥ 0, fractions allowed: money, durations, averages. */
  | { readonly name: "amount" }
  /** Number in [0, 1]: margins, rates typed as 6.4% or 0.064. */
  | { readonly name: "fraction" }
  /** Excel date serial, 0 ≤ d < 2958466. */
  | { readonly name: "date" }
  /** Any finite number. */
  | { readonly name: "number" }
  /** Survey answer: an integer from `min` to `max`, or to the function's scale_max argument. */
  | { readonly name: "score"; readonly min: number; readonly max: number | "scale_max" }
  /** scale_max: an integer ≥ 2. */
  | { readonly name: "scale" }
  /** A threshold on the survey scale: an integer from 1 to scale_max. */
  | { readonly name: "threshold" }
  /** TRUE, FALSE, 1 or 0. */
  | { readonly name: "flag" }
  /** A confidence level: a number strictly between 0 and 1 (functions.md §11). */
  | { readonly name: "confidence" }
  /** One of a few words, case-insensitive. */
  | { readonly name: "option"; readonly options: readonly string[] };

export interface ScalarParam {
  readonly name: string;
  readonly kind: "scalar";
  readonly valid: Family;
  /** An optional parameter takes its default when omitted or blank (a number, or the rule). */
  readonly optional?: { readonly default: number | string };
}

export interface RangeParam {
  readonly name: string;
  readonly kind: "range";
  /** Valid numbers in the range. Non-numbers are skipped, except in a paired range (below). */
  readonly valid: Family;
  /** Only a single row or a single column is accepted (`range-not-vector`). */
  readonly vector?: boolean;
  /** An optional range, and what omitting it means. */
  readonly optional?: { readonly default: string };
  /**
   * Paired range: same rows and columns as `pairedWith`, item i with item i. Its items matter only
   * where that range's item is a number; there they must be valid (`valid`), or blank when
   * `blank` says what a blank means.
   */
  readonly pairedWith?: string;
  readonly blank?: string;
  /** Each item, where used, is not before the paired item of this range (else `date-order`). */
  readonly notBefore?: string;
}

export type ParamSpec = ScalarParam | RangeParam;

/**
 * A relation between scalar arguments that valid calls respect (else `part-exceeds-whole` or
 * `date-order`): the sum of `parts` minus the sum of `minus` is at most `whole`.
 */
export interface Relation {
  readonly parts: readonly string[];
  readonly minus?: readonly string[];
  readonly whole: string;
}

/** One number of the result: a rate (formatted as a percentage) or a plain number, and its range. */
export interface ResultItem {
  readonly format: "rate" | "number";
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
}

export interface ResultSpec {
  /** One item for a single value; several for a spilled row (NPSBREAKDOWN). */
  readonly items: readonly ResultItem[];
  /** The first `shares` items are shares of one whole: they sum to 1 (within 1e-12). */
  readonly shares?: number;
}

export interface FunctionSpec {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly relations?: readonly Relation[];
  readonly result: ResultSpec;
  /**
   * Ranges whose values can be reordered without changing the result (the result is a count,
   * share, sum or median of them); paired ranges are listed together and move together.
   */
  readonly permutable?: readonly string[];
}

const count: Family = { name: "count" };
const amount: Family = { name: "amount" };
const fraction: Family = { name: "fraction" };
const date: Family = { name: "date" };
const anyNumber: Family = { name: "number" };
const scale: Family = { name: "scale" };
const threshold: Family = { name: "threshold" };
const flag: Family = { name: "flag" };
const confidence: Family = { name: "confidence" };
/** HEALTHSCORE weights: numbers ≥ 0, the amount domain. */
const weight = amount;
/** CSAT and CES: the smallest score strictly above the scale's midpoint. */
const MIDPOINT_RULE = "floor((scale_max + 1) / 2) + 1";
const score = (min: number, max: number | "scale_max"): Family => ({ name: "score", min, max });
const option = (...options: string[]): Family => ({ name: "option", options });

const scalar = (name: string, valid: Family, options: Pick<ScalarParam, "optional"> = {}) =>
  ({ name, kind: "scalar", valid, ...options }) as const;
const range = (
  name: string,
  valid: Family,
  options: Omit<RangeParam, "name" | "kind" | "valid"> = {}
) => ({ name, kind: "range", valid, ...options }) as const;
const atMost = (parts: string | string[], whole: string, minus?: string[]): Relation => ({
  parts: typeof parts === "string" ? [parts] : parts,
  whole,
  ...(minus ? { minus } : {}),
});

const rate = (min: number, max?: number): ResultItem => ({ format: "rate", min, max });
const plain = (min: number, max?: number): ResultItem => ({ format: "number", min, max });
const one = (item: ResultItem): ResultSpec => ({ items: [item] });
/** The number of valid answers a spilled survey row ends with. */
const answers: ResultItem = { format: "number", min: 1, whole: true };

/** RENEWAL and the first three of §6: two counts, part then whole; part ≤ whole; a rate in 0..1. */
const partOfWhole = (id: string, part: string, whole: string): FunctionSpec => ({
  id,
  params: [scalar(part, count), scalar(whole, count)],
  relations: [atMost(part, whole)],
  result: one(rate(0, 1)),
});

/** CSAT's parameters, which CSATCI shares. */
const CSAT_PARAMS: readonly ParamSpec[] = [
  range("scores", score(1, "scale_max")),
  scalar("scale_max", scale, { optional: { default: 5 } }),
  scalar("satisfied_min", threshold, { optional: { default: MIDPOINT_RULE } }),
];

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  // §3 Survey
  {
    id: "NPS",
    params: [range("scores", score(0, 10))],
    result: one(plain(-100, 100)),
    permutable: ["scores"],
  },
  {
    id: "NPSBREAKDOWN",
    params: [range("scores", score(0, 10))],
    result: {
      items: [rate(0, 1), rate(0, 1), rate(0, 1), { format: "number", min: 1, whole: true }],
      shares: 3,
    },
    permutable: ["scores"],
  },
  {
    id: "CSAT",
    params: CSAT_PARAMS,
    result: one(rate(0, 1)),
    permutable: ["scores"],
  },
  {
    id: "CES",
    params: [
      range("scores", score(1, "scale_max")),
      scalar("scale_max", scale, { optional: { default: 7 } }),
      scalar("positive_min", threshold, { optional: { default: MIDPOINT_RULE } }),
    ],
    result: one(rate(0, 1)),
    permutable: ["scores"],
  },
  {
    id: "CESAVG",
    params: [
      range("scores", score(1, "scale_max")),
      scalar("scale_max", scale, { optional: { default: 7 } }),
    ],
    result: one(plain(1)),
    permutable: ["scores"],
  },

  // §4 Customer retention
  {
    id: "CHURN",
    params: [scalar("customers_at_start", count), scalar("customers_lost", count)],
    relations: [atMost("customers_lost", "customers_at_start")],
    result: one(rate(0, 1)),
  },
  {
    id: "CHURNFROMDATES",
    params: [
      range("start_dates", date),
      range("end_dates", date, {
        pairedWith: "start_dates",
        blank: "still active",
        notBefore: "start_dates",
      }),
      scalar("period_start", date),
      scalar("period_end", date),
    ],
    relations: [atMost("period_start", "period_end")],
    result: one(rate(0)), // can exceed 100% when many new customers churn
    permutable: ["start_dates", "end_dates"],
  },
  {
    id: "RETENTION",
    params: [
      scalar("customers_at_start", count),
      scalar("customers_at_end", count),
      scalar("new_customers", count),
    ],
    relations: [
      atMost("new_customers", "customers_at_end"),
      atMost("customers_at_end", "customers_at_start", ["new_customers"]),
    ],
    result: one(rate(0, 1)),
  },
  partOfWhole("RENEWAL", "renewed", "up_for_renewal"),

  // §5 Revenue
  {
    id: "MRR",
    params: [scalar("active_customers", count), scalar("arpu", amount)],
    result: one(plain(0)),
  },
  {
    id: "ARPU",
    params: [scalar("total_revenue", amount), scalar("average_users", amount)],
    result: one(plain(0)),
  },
  {
    id: "NDR",
    params: [
      scalar("start_mrr", amount),
      scalar("expansion", amount),
      scalar("contraction", amount),
      scalar("churned_mrr", amount),
    ],
    relations: [atMost(["contraction", "churned_mrr"], "start_mrr")],
    result: one(rate(0)), // may exceed 100%
  },
  {
    id: "GRR",
    params: [
      scalar("start_mrr", amount),
      scalar("contraction", amount),
      scalar("churned_mrr", amount),
    ],
    relations: [atMost(["contraction", "churned_mrr"], "start_mrr")],
    result: one(rate(0, 1)),
  },
  {
    id: "EXPANSIONRATE",
    params: [scalar("expansion_mrr", amount), scalar("start_mrr", amount)],
    result: one(rate(0)), // may exceed 100%
  },
  {
    id: "CLV",
    params: [
      scalar("average_purchase_value", amount),
      scalar("purchases_per_period", amount),
      scalar("lifespan_periods", amount),
      scalar("gross_margin", fraction, { optional: { default: 1 } }),
    ],
    result: one(plain(0)),
  },
  {
    id: "SAASLTV",
    params: [
      scalar("arpu", amount),
      scalar("churn_rate", fraction),
      scalar("gross_margin", fraction, { optional: { default: 1 } }),
    ],
    result: one(plain(0)),
  },
  {
    id: "CRC",
    params: [scalar("retention_costs", amount), scalar("customers", count)],
    result: one(plain(0)),
  },

  // §6 Support and engagement
  partOfWhole("FCR", "resolved_on_first_contact", "total_tickets"),
  partOfWhole("CONVERSION", "conversions", "visitors"),
  partOfWhole("TRIALCONVERSION", "converted", "trial_users"),
  {
    id: "STICKINESS", // the exception to the shared rule: amounts, not counts
    params: [scalar("dau", amount), scalar("mau", amount)],
    relations: [atMost("dau", "mau")],
    result: one(rate(0, 1)),
  },
  {
    id: "AVGSESSION",
    params: [scalar("total_duration", amount), scalar("sessions", count)],
    result: one(plain(0)),
  },
  {
    id: "USAGERATE",
    params: [range("usage_values", amount), scalar("threshold", anyNumber)],
    result: one(rate(0, 1)),
    permutable: ["usage_values"],
  },
  {
    id: "TTV",
    params: [
      range("start_dates", date),
      range("value_dates", date, {
        pairedWith: "start_dates",
        blank: "not reached yet",
        notBefore: "start_dates",
      }),
      scalar("method", option("median", "mean"), { optional: { default: "median" } }),
    ],
    result: one(plain(0)),
    permutable: ["start_dates", "value_dates"],
  },

  // §7 Health
  {
    id: "HEALTHSCORE",
    params: [
      range("values", fraction, { vector: true }),
      range("weights", weight, { pairedWith: "values" }),
      range("higher_is_better", flag, {
        pairedWith: "values",
        optional: { default: "all TRUE" },
      }),
    ],
    result: one(plain(0, 100)),
    permutable: ["values", "weights", "higher_is_better"],
  },

  // §11 Uncertainty and revenue churn
  {
    id: "NPSCI",
    params: [
      range("scores", score(0, 10)),
      scalar("confidence", confidence, { optional: { default: 0.95 } }),
    ],
    result: { items: [plain(-100, 100), plain(-100, 100), plain(-100, 100), answers] },
    permutable: ["scores"],
  },
  {
    id: "NPSTEST",
    params: [range("scores_before", score(0, 10)), range("scores_after", score(0, 10))],
    result: { items: [plain(-200, 200), plain(0, 1)] },
    permutable: ["scores_before"],
  },
  {
    id: "CSATCI",
    // scores, scale_max, satisfied_min exactly as CS.CSAT (functions.md §11)
    params: [...CSAT_PARAMS, scalar("confidence", confidence, { optional: { default: 0.95 } })],
    result: { items: [rate(0, 1), rate(0, 1), rate(0, 1), answers] },
    permutable: ["scores"],
  },
  {
    id: "REVENUECHURN",
    params: [
      scalar("start_mrr", amount),
      scalar("contraction", amount),
      scalar("churned_mrr", amount),
      scalar("expansion", amount, { optional: { default: 0 } }),
    ],
    relations: [atMost(["contraction", "churned_mrr"], "start_mrr")],
    result: one(rate(-Infinity, 1)), // net churn is below 0 when expansion outweighs the losses
  },
];

export function specOf(id: string): FunctionSpec | undefined {
  return FUNCTION_SPECS.find((spec) => spec.id === id);
}
