/** Rebuild (spec §7): the plan keeps the owned sheets' names and the build's id. */
import { HealthScoreConfig } from "../../src/health-score";
import { MINMAX_CONFIG, MINMAX_SHEET } from "./fixtures";
import { plan, problems, valueAt } from "./plan-support";

const SNAPSHOTS: HealthScoreConfig = {
  ...MINMAX_CONFIG,
  previousScore: undefined,
  trendSource: "snapshots",
};
const owned = [
  MINMAX_SHEET,
  { name: "Health Score", rows: [] },
  { name: "Health History", rows: [] },
  { name: "Scores 2024", rows: [] },
  { name: "Hist", rows: [] },
];

describe("planner in Rebuild mode", () => {
  test("a new build takes the first free names", () => {
    const p = plan(SNAPSHOTS, owned);
    expect(p.sheets.map((s) => s.name)).toEqual(["Health Score (2)", "Health History (2)"]);
  });

  test("Rebuild reuses the score and history sheets' names and keeps the buildId", () => {
    const p = plan(SNAPSHOTS, owned, {
      buildId: "fedcba987654",
      rebuild: { sheet: "Scores 2024", history: "Hist" },
    });
    expect(p.sheets.map((s) => s.name)).toEqual(["Scores 2024", "Hist"]);
    expect(p.buildId).toBe("fedcba987654");
    const marker = p.sheets[0].names.find((n) => n.name === "CSMetrics_Owner");
    expect(marker?.formula).toBe('"cs-metrics:health-score:v1:fedcba987654"');
    // Panel row 23 names the paired history sheet, and the baseline formulas read it.
    expect(valueAt(p.sheets[0], "S23")).toBe("Hist");
  });

  test("Rebuild without a paired history sheet names a free one", () => {
    const p = plan(SNAPSHOTS, owned, { rebuild: { sheet: "Scores 2024" } });
    expect(p.sheets.map((s) => s.name)).toEqual(["Scores 2024", "Health History (2)"]);
  });

  test("a protected structure blocks only builds that add a sheet (E20)", () => {
    const codes = (extra: object) =>
      problems(SNAPSHOTS, owned, { structureProtected: true, ...extra }).map((p) => p.code);
    expect(codes({})).toContain("E20");
    expect(codes({ rebuild: { sheet: "Scores 2024" } })).toContain("E20");
    expect(codes({ rebuild: { sheet: "Scores 2024", history: "Hist" } })).not.toContain("E20");
    const columnTrend = problems(MINMAX_CONFIG, owned, {
      structureProtected: true,
      rebuild: { sheet: "Scores 2024" },
    });
    expect(columnTrend.map((p) => p.code)).not.toContain("E20");
  });
});
