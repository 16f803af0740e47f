/** The independent reference reproduces the acceptance examples of spec §13.1–13.3 exactly. */
import { RefMetric, referenceHealthScore } from "./reference";

const close = (actual: unknown, expected: number, tolerance = 1e-13) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
};

describe("§13.1 minmax", () => {
  const r = referenceHealthScore({
    ids: ["A-101", "A-102", "A-103", "A-104", "A-105", "A-106"],
    metrics: [
      { values: [1200, 300, null, 950, 50, 640], normalisation: "minmax", weight: 50 },
      { values: [2, 8, 1, "n/a", 12, 5], normalisation: "minmax", direction: "lower", weight: 20 },
      { values: [9, 6, 10, 7, 3, 8], normalisation: "minmax", weight: 30 },
    ],
    previous: [80, 55, 70, 90, 30, null],
    revenue: [120000, 45000, 80000, 60000, 25000, 150000],
  });

  it("computes the components", () => {
    const expected = [
      [1, 5 / 23, "", 18 / 23, 0, 59 / 115],
      [10 / 11, 4 / 11, 1, "", 0, 7 / 11],
      [6 / 7, 3 / 7, 1, 4 / 7, 0, 5 / 7],
    ];
    expected.forEach((column, k) =>
      column.forEach((e, i) =>
        e === "" ? expect(r.components[k][i]).toBe("") : close(r.components[k][i], e as number)
      )
    );
  });

  it("computes scores, bands, changes and trends", () => {
    const scores = [
      93.8961038961039, 30.999435347261432, 100, 70.3416149068323, 0, 59.808018068887634,
    ];
    scores.forEach((s, i) => close(r.scores[i], s));
    expect(r.bands).toEqual(["Green", "Red", "Green", "Green", "Red", "Yellow"]);
    [13.896103896, -24.000564653, 30, -19.658385093, -30].forEach((c, i) =>
      close(r.changes[i], c, 1e-9)
    );
    expect(r.changes[5]).toBe("");
    expect(r.trends).toEqual([
      "▲ Improving",
      "▼ Declining",
      "▲ Improving",
      "▼ Declining",
      "▼ Declining",
      "",
    ]);
  });

  it("computes statistics and weight shares", () => {
    expect(r.stats.map((s) => [s.count, s.min, s.max])).toEqual([
      [5, 50, 1200],
      [5, 1, 12],
      [6, 3, 10],
    ]);
    r.stats.forEach((s, k) => close(s.weightShare, [0.5, 0.2, 0.3][k]));
  });

  it("computes the summary", () => {
    const { summary } = r;
    expect(summary.counts).toEqual({ Green: 3, Yellow: 1, Red: 2, "No data": 0 });
    expect(summary.revenue).toEqual({ Green: 260000, Yellow: 150000, Red: 70000, "No data": 0 });
    close(summary.shares.Green, 0.5);
    close(summary.shares.Yellow, 1 / 6);
    close(summary.shares.Red, 1 / 3);
    expect(summary.total).toBe(6);
    expect(summary.totalRevenue).toBe(480000);
    close(summary.average, 59.174195369847546);
    close(summary.median, 65.07481648785998);
    expect(summary.declining).toBe(3);
    expect(summary.revenueAtRisk).toBe(70000);
  });

  it("lists the lowest scores", () => {
    expect(r.lowest.map((e) => [e.id, e.band])).toEqual([
      ["A-105", "Red"],
      ["A-102", "Red"],
      ["A-106", "Yellow"],
      ["A-104", "Green"],
      ["A-101", "Green"],
      ["A-103", "Green"],
    ]);
    [0, 30.9994, 59.808, 70.3416, 93.8961, 100].forEach((s, i) =>
      close(r.lowest[i].score, s, 1e-5)
    );
  });
});

describe("§13.2 percentile", () => {
  const component = (values: RefMetric["values"], direction: "higher" | "lower") =>
    referenceHealthScore({
      ids: values.map((_, i) => i),
      metrics: [{ values, normalisation: "percentile", direction, weight: 1 }],
    }).components[0];

  it("gives tied values the middle of their run", () => {
    const values = [10, 20, 20, 40, 80, null];
    expect(component(values, "higher")).toEqual([0, 0.375, 0.375, 0.75, 1, ""]);
    expect(component(values, "lower")).toEqual([1, 0.625, 0.625, 0.25, 0, ""]);
  });

  it("approximates the exact mid-rank within 0.01 on the grid", () => {
    const c = component([3, 7, 7, 7, 12, 15, 40], "higher");
    const expected = [0, 0.335, 0.335, 0.335, 0.6676923076923076, 0.8305660377358491, 1];
    expected.forEach((e, i) => close(c[i], e));
    const exact = [0, 1 / 3, 1 / 3, 1 / 3, 2 / 3, 5 / 6, 1];
    exact.forEach((e, i) => expect(Math.abs((c[i] as number) - e)).toBeLessThanOrEqual(0.01));
  });
});

describe("§13.3 thresholds", () => {
  const component = (values: RefMetric["values"], bad: number, good: number) =>
    referenceHealthScore({
      ids: values.map((_, i) => i),
      metrics: [{ values, normalisation: "thresholds", bad, good, weight: 1 }],
    }).components[0];

  it("clips to 0..1 in the direction bad → good", () => {
    expect(component([0, 2, 5, 10, 12, "x"], 10, 0)).toEqual([1, 0.8, 0.5, 0, 0, ""]);
    expect(component([0, 2, 5, 10, 12], 2, 10)).toEqual([0, 0, 0.375, 1, 1]);
  });
});
