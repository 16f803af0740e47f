/**
 * End to end: the planner's score sheets for spec §13.1–13.3, a finance edit, a snapshot baseline
 * and random 12-metric workbooks, every cell evaluated by the formula evaluator, match the spec's
 * exact numbers and the independent JS reference (relative 1e-9).
 */
import { FormulaValue } from "../../src/formula";
import { cell } from "../../src/a1/a1";
import { HealthScoreConfig } from "../../src/health-score";
import {
  ACCEPTANCE_14_15,
  MINMAX_CONFIG,
  MINMAX_SHEET,
  MemorySheet,
  OUTCOME_13_1,
  THRESHOLD_CONFIG,
  THRESHOLD_SHEET,
} from "../health-score/fixtures";
import { plan } from "../health-score/plan-support";
import { RefInput, referenceHealthScore } from "../health-score/reference";
import { Case, MetricColumn, caseFrom, generatedCase, random } from "../xlsx/cases";
import { mismatches } from "../xlsx/compare";
import { FillMode, PlanBook } from "./plan-book";

const SHEET = "Health Score";

function build(c: Case, mode: FillMode = "anchor"): PlanBook {
  return new PlanBook(plan(c.config, [c.sheet]), [c.sheet], mode);
}

/** Every cell of the score sheet by A1 address; no formula may be outside the subset. */
function evaluateSheet(book: PlanBook): Map<string, FormulaValue> {
  const values = new Map<string, FormulaValue>();
  const unsupported: string[] = [];
  for (const [row, column] of book.cellsOf(SHEET)) {
    const v = book.value(SHEET, row, column);
    if (v !== null && typeof v === "object" && "unsupported" in v)
      unsupported.push(`${cell(row, column)}: ${v.unsupported}`);
    values.set(cell(row, column), v);
  }
  expect(unsupported).toEqual([]);
  return values;
}

const expectMatchesReference = (book: PlanBook, c: Case, ref: RefInput = c.ref) =>
  expect(mismatches(evaluateSheet(book) as never, c, referenceHealthScore(ref))).toEqual([]);

const close = (actual: FormulaValue | undefined, expected: number) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected))
  );
};

const expectValues = (sheet: Map<string, FormulaValue>, expected: Record<string, FormulaValue>) =>
  Object.entries(expected).forEach(([address, e]) =>
    typeof e === "number"
      ? close(sheet.get(address), e)
      : expect([address, sheet.get(address)]).toEqual([address, e])
  );

/**
 * A fixture of the planner's tests (test/health-score/fixtures.ts) as a case: metric k in column
 * k + 1 of the sheet, optional previous-score and revenue columns.
 */
function fixtureCase(
  sheet: MemorySheet,
  config: HealthScoreConfig,
  extra: { previous?: number; revenue?: number } = {}
): Case {
  const column = (c: number) => sheet.rows.slice(1).map((row) => row[c]);
  const optional = (c?: number) => (c === undefined ? undefined : column(c));
  return caseFrom(sheet.name, {
    ids: column(0),
    metrics: (config.metrics ?? []).map((m, k) => ({
      name: String(sheet.rows[0][k + 1]),
      values: column(k + 1),
      normalisation: m.normalisation ?? "minmax",
      direction: m.direction,
      weight: (m.weight ?? 1) as number,
      ...(m.normalisation === "thresholds" ? { bad: m.bad as number, good: m.good as number } : {}),
    })),
    previous: optional(extra.previous),
    revenue: optional(extra.revenue),
    trendSource: config.trendSource ?? "column",
  });
}

const minmax = fixtureCase(MINMAX_SHEET, MINMAX_CONFIG, { previous: 4, revenue: 5 });

describe.each<FillMode>(["anchor", "shifted text"])("§13.1 minmax (fills as %s)", (mode) => {
  const book = build(minmax, mode);

  it("computes every cell as the reference does", () => expectMatchesReference(book, minmax));

  it("gives the spec's exact numbers", () => {
    const sheet = evaluateSheet(book);
    expectValues(sheet, {
      B2: 1,
      C2: 10 / 11,
      D2: 6 / 7,
      B3: 5 / 23,
      C3: 4 / 11,
      D3: 3 / 7,
      B4: "",
      C4: 1,
      D4: 1,
      B5: 18 / 23,
      C5: "",
      D5: 4 / 7,
      B6: 0,
      C6: 0,
      D6: 0,
      B7: 59 / 115,
      C7: 7 / 11,
      D7: 5 / 7,
      H2: 93.8961038961039,
      H3: 30.999435347261432,
      H4: 100,
      H5: 70.3416149068323,
      H6: 0,
      H7: 59.808018068887634,
      I2: "Green",
      I3: "Red",
      I4: "Green",
      I5: "Green",
      I6: "Red",
      I7: "Yellow",
      E3: 10.8695652173913,
      F3: 7.27272727272727,
      G3: 12.8571428571429,
      E5: 48.9130434782609,
      F5: "",
      G5: 21.4285714285714,
      J3: "Usage minutes",
      J5: "NPS",
      J4: "",
      L2: 13.896103896,
      L3: -24.000564653,
      L4: 30,
      L5: -19.658385093,
      L6: -30,
      L7: "",
      M2: "▲ Improving",
      M3: "▼ Declining",
      M4: "▲ Improving",
      M5: "▼ Declining",
      M6: "▼ Declining",
      M7: "",
      Q13: 0.5,
      R13: 0.2,
      S13: 0.3,
      Q14: 5,
      R14: 5,
      S14: 6,
      Q15: 50,
      R15: 1,
      S15: 3,
      Q16: 1200,
      R16: 12,
      S16: 10,
      Q17: "OK",
      R17: "OK",
      S17: "OK",
      Q30: 3,
      R30: 0.5,
      S30: 260000,
      Q31: 1,
      R31: 1 / 6,
      S31: 150000,
      Q32: 2,
      R32: 1 / 3,
      S32: 70000,
      Q33: 0,
      R33: 0,
      S33: 0,
      Q34: 6,
      S34: 480000,
      Q36: 59.174195369847546,
      Q37: 65.07481648785998,
      Q38: 3,
      Q39: 70000,
      Q43: "A-105",
      R43: 0,
      S43: "Red",
      Q44: "A-102",
      S44: "Red",
      Q45: "A-106",
      S45: "Yellow",
      Q46: "A-104",
      Q47: "A-101",
      Q48: "A-103",
      R48: 100,
      S48: "Green",
      U48: 3,
      Q49: "",
      R49: "",
      U52: "",
    });
  });
});

it("§15 back-test on 13.1's data gives the spec's exact numbers", () => {
  const c = caseFrom("§15", { ...minmax.columns, outcome: OUTCOME_13_1 });
  const book = build(c);
  expectMatchesReference(book, c);
  // Outcome in O, panel labels in Q, metrics R–T; back-test rows 54–65.
  expectValues(evaluateSheet(book), ACCEPTANCE_14_15);
});

it("§13.1 recalculates after a finance edit in the sheet (weight, red band)", () => {
  const book = build(minmax);
  book.set(SHEET, 12, 18, { value: 0.0001 }); // R12
  book.set(SHEET, 19, 17, { value: 60 }); // Q19
  expectMatchesReference(book, minmax, {
    ...minmax.ref,
    metrics: minmax.ref.metrics.map((m, k) => (k === 1 ? { ...m, weight: 0.0001 } : m)),
    red: 60,
  });
});

/** One metric over `values`, ids P-1…, no trend. */
const oneMetric = (metric: Omit<MetricColumn, "name" | "weight">) =>
  caseFrom(metric.normalisation, {
    ids: metric.values.map((_, i) => `P-${i + 1}`),
    metrics: [{ name: "Usage", weight: 1, ...metric }],
    trendSource: "none",
  });
const percentile = (values: (number | null)[], direction: "higher" | "lower") =>
  oneMetric({ values, normalisation: "percentile", direction });

// A id, B component, C points, D score, E band, F gap; panel labels H, metric I (panel to M);
// grid labels O, the metric's grid in P from row 56.
describe("§13.2 percentile", () => {
  it.each([
    ["higher", [0, 0.375, 0.375, 0.75, 1, ""]],
    ["lower", [1, 0.625, 0.625, 0.25, 0, ""]],
  ] as const)("%s is better", (direction, components) => {
    const c = percentile([10, 20, 20, 40, 80, null], direction);
    const book = build(c);
    expectMatchesReference(book, c);
    const sheet = evaluateSheet(book);
    components.forEach((e, i) => expectValues(sheet, { [`B${i + 2}`]: e }));
    expectValues(sheet, { P56: 10, P80: 19.6, P81: 20, P106: 20, P107: 20.8, P131: 40, P156: 80 });
    // F and T along the tie run G25..G50: 25 grid values below, last index 50.
    for (let j = 25; j <= 50; j++)
      expectValues(sheet, { [`P${158 + j}`]: 25, [`P${260 + j}`]: 50 });
  });

  it("approximates the mid-rank on the grid", () => {
    const c = percentile([3, 7, 7, 7, 12, 15, 40], "higher");
    const book = build(c, "shifted text");
    expectMatchesReference(book, c);
    const expected = [0, 0.335, 0.335, 0.335, 0.6676923076923076, 0.8305660377358491, 1];
    const sheet = evaluateSheet(book);
    expected.forEach((e, i) => close(sheet.get(`B${i + 2}`), e));
  });
});

it("§13.3 thresholds clip and derive the direction", () => {
  const c = fixtureCase(THRESHOLD_SHEET, THRESHOLD_CONFIG);
  const book = build(c);
  expectMatchesReference(book, c);
  // A id, B–C components, D–E points, F score, G band, H gap; labels J, metrics K, L.
  expectValues(evaluateSheet(book), {
    B2: 1,
    B3: 0.8,
    B4: 0.5,
    B5: 0,
    B6: 0,
    B7: "",
    C2: 0,
    C3: 0,
    C4: 0.375,
    C5: 1,
    C6: 1,
    K8: -1,
    L8: 1,
    K17: "OK",
  });
});

it("previous scores come from the latest snapshot, wildcard ids escaped", () => {
  const c = caseFrom("snapshot baseline", {
    ids: ["A*", "A?", "A~1", "B", "C"],
    metrics: [{ name: "Usage", values: [10, 20, 30, 40, 50], normalisation: "minmax", weight: 1 }],
    trendSource: "snapshots",
  });
  const book = build(c, "shifted text");
  // An older snapshot, then the latest (the baseline) in another order and without C.
  const history: (string | number)[][] = [
    [45990, "A*", 99, "", "", 45990, 2, 2],
    [45990, "A?", 99, "", "", 46000.5, 4, 4],
    [46000.5, "A*", 40],
    [46000.5, "B", 60],
    [46000.5, "A~1", 30],
    [46000.5, "A?", 50],
  ];
  history.forEach((values, i) =>
    values.forEach(
      (value, k) => value !== "" && book.set("Health History", i + 2, k + 1, { value })
    )
  );
  expectMatchesReference(book, c, { ...c.ref, previous: [40, 50, 30, 60, null] });
  // A id, B component, C points, D score, E band, F gap, G–K trend (with Main change and
  // Points change); labels M, value N.
  expectValues(evaluateSheet(book), { N24: 46000.5, N25: 4, N26: 4 });
});

/** 12 metrics: every normalisation in both directions, dirty cells, ties, revenue, previous. */
function twelveMetrics(seed: number, n: number): Case {
  const rnd = random(seed);
  const dirty = (value: () => number) => () => {
    const r = rnd();
    if (r < 0.05) return null;
    if (r < 0.08) return "n/a";
    if (r < 0.1) return { error: "#N/A" };
    if (r < 0.11) return true;
    return value();
  };
  const metrics: MetricColumn[] = Array.from({ length: 12 }, (_, k) => {
    const normalisation = (["minmax", "percentile", "thresholds"] as const)[k % 3];
    const ties = k % 2 === 0;
    const values = Array.from(
      { length: n },
      dirty(() => (ties ? Math.floor(rnd() * 8) : rnd() * 1000))
    );
    return {
      name: `Metric ${k + 1}`,
      values,
      normalisation,
      direction: k % 4 < 2 ? "higher" : "lower",
      weight: [1, 2.5, 10, 0.25][k % 4],
      ...(normalisation === "thresholds"
        ? k % 2
          ? { bad: 900, good: 100 }
          : { bad: 1, good: 6 }
        : {}),
    };
  });
  return caseFrom(`12 metrics, seed ${seed}`, {
    ids: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 5000 + i : `ACC-${i}`)),
    metrics,
    previous: Array.from(
      { length: n },
      dirty(() => Math.round(rnd() * 1000) / 10)
    ),
    revenue: Array.from(
      { length: n },
      dirty(() => Math.round(rnd() * 500) * 1000)
    ),
    trendSource: "column",
  });
}

describe("random workbooks", () => {
  it.each([1, 2, 3])("12 metrics, all normalisations, seed %i", (seed) => {
    const c = twelveMetrics(seed, 400);
    expectMatchesReference(build(c), c);
  });

  it.each(Array.from({ length: 8 }, (_, i) => 1000 + i))("generated case, seed %i", (seed) => {
    const c = generatedCase(seed);
    expectMatchesReference(build(c, seed % 2 ? "anchor" : "shifted text"), c);
  });
});
