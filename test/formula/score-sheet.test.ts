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
      E2: 1,
      F2: 10 / 11,
      G2: 6 / 7,
      E3: 5 / 23,
      F3: 4 / 11,
      G3: 3 / 7,
      E4: "",
      F4: 1,
      G4: 1,
      E5: 18 / 23,
      F5: "",
      G5: 4 / 7,
      E6: 0,
      F6: 0,
      G6: 0,
      E7: 59 / 115,
      F7: 7 / 11,
      G7: 5 / 7,
      K2: 93.8961038961039,
      K3: 30.999435347261432,
      K4: 100,
      K5: 70.3416149068323,
      K6: 0,
      K7: 59.808018068887634,
      L2: "Green",
      L3: "Red",
      L4: "Green",
      L5: "Green",
      L6: "Red",
      L7: "Yellow",
      H3: 10.8695652173913,
      I3: 7.27272727272727,
      J3: 12.8571428571429,
      H5: 48.9130434782609,
      I5: "",
      J5: 21.4285714285714,
      M3: "Usage minutes",
      M5: "NPS",
      M4: "",
      O2: 13.896103896,
      O3: -24.000564653,
      O4: 30,
      O5: -19.658385093,
      O6: -30,
      O7: "",
      P2: "▲ Improving",
      P3: "▼ Declining",
      P4: "▲ Improving",
      P5: "▼ Declining",
      P6: "▼ Declining",
      P7: "",
      T13: 0.5,
      U13: 0.2,
      V13: 0.3,
      T14: 5,
      U14: 5,
      V14: 6,
      T15: 50,
      U15: 1,
      V15: 3,
      T16: 1200,
      U16: 12,
      V16: 10,
      T17: "OK",
      U17: "OK",
      V17: "OK",
      T30: 3,
      U30: 0.5,
      V30: 260000,
      T31: 1,
      U31: 1 / 6,
      V31: 150000,
      T32: 2,
      U32: 1 / 3,
      V32: 70000,
      T33: 0,
      U33: 0,
      V33: 0,
      T34: 6,
      V34: 480000,
      T36: 59.174195369847546,
      T37: 65.07481648785998,
      T38: 3,
      T39: 70000,
      T43: "A-105",
      U43: 0,
      V43: "Red",
      T44: "A-102",
      V44: "Red",
      T45: "A-106",
      V45: "Yellow",
      T46: "A-104",
      T47: "A-101",
      T48: "A-103",
      U48: 100,
      V48: "Green",
      X48: 3,
      T49: "",
      U49: "",
      X52: "",
    });
  });
});

it("§15 back-test on 13.1's data gives the spec's exact numbers", () => {
  const c = caseFrom("§15", { ...minmax.columns, outcome: OUTCOME_13_1 });
  const book = build(c);
  expectMatchesReference(book, c);
  // Outcome in R, panel labels in T, metrics U–W; back-test rows 54–65.
  expectValues(evaluateSheet(book), ACCEPTANCE_14_15);
});

it("§13.1 recalculates after a finance edit in the sheet (weight, red band)", () => {
  const book = build(minmax);
  book.set(SHEET, 12, 21, { value: 0.0001 }); // U12
  book.set(SHEET, 19, 20, { value: 60 }); // T19
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

// A id, B raw, C component, D points, E score, F band, G gap; panel labels I, metric J (panel
// to N); grid labels P, the metric's grid in Q from row 56.
describe("§13.2 percentile", () => {
  it.each([
    ["higher", [0, 0.375, 0.375, 0.75, 1, ""]],
    ["lower", [1, 0.625, 0.625, 0.25, 0, ""]],
  ] as const)("%s is better", (direction, components) => {
    const c = percentile([10, 20, 20, 40, 80, null], direction);
    const book = build(c);
    expectMatchesReference(book, c);
    const sheet = evaluateSheet(book);
    components.forEach((e, i) => expectValues(sheet, { [`C${i + 2}`]: e }));
    expectValues(sheet, { Q56: 10, Q80: 19.6, Q81: 20, Q106: 20, Q107: 20.8, Q131: 40, Q156: 80 });
    // F and T along the tie run G25..G50: 25 grid values below, last index 50.
    for (let j = 25; j <= 50; j++)
      expectValues(sheet, { [`Q${158 + j}`]: 25, [`Q${260 + j}`]: 50 });
  });

  it("approximates the mid-rank on the grid", () => {
    const c = percentile([3, 7, 7, 7, 12, 15, 40], "higher");
    const book = build(c, "shifted text");
    expectMatchesReference(book, c);
    const expected = [0, 0.335, 0.335, 0.335, 0.6676923076923076, 0.8305660377358491, 1];
    const sheet = evaluateSheet(book);
    expected.forEach((e, i) => close(sheet.get(`C${i + 2}`), e));
  });
});

it("§13.3 thresholds clip and derive the direction", () => {
  const c = fixtureCase(THRESHOLD_SHEET, THRESHOLD_CONFIG);
  const book = build(c);
  expectMatchesReference(book, c);
  // A id, B–C raw, D–E components, F–G points, H score, I band, J gap; labels L, metrics M, N.
  expectValues(evaluateSheet(book), {
    D2: 1,
    D3: 0.8,
    D4: 0.5,
    D5: 0,
    D6: 0,
    D7: "",
    E2: 0,
    E3: 0,
    E4: 0.375,
    E5: 1,
    E6: 1,
    M8: -1,
    N8: 1,
    M17: "OK",
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
  // A id, B raw, C component, D points, E score, F band, G gap, H–L trend (with Main change and
  // Points change); labels N, value O.
  expectValues(evaluateSheet(book), { O24: 46000.5, O25: 4, O26: 4 });
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
