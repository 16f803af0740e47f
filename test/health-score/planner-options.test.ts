/** Templates for 1 and 12 metrics with and without options; sheet names; ownership; whole columns. */
import { HealthScoreConfig, SourceValue } from "../../src/health-score";
import { MemorySheet, MINMAX_CONFIG, MINMAX_SHEET } from "./fixtures";
import { formulaAt, plan, problems, valueAt } from "./plan-support";

const wide: MemorySheet = {
  name: "Wide",
  rows: [
    ["id", ...Array.from({ length: 12 }, (_, k) => `M${k + 1}`), "prev", "arr"],
    ...Array.from({ length: 5 }, (_, i) => [
      `W-${i}`,
      ...Array.from({ length: 14 }, (_, k) => i * 10 + k),
    ]),
  ] as SourceValue[][],
};
const col = (k: number) => String.fromCharCode(66 + k);
const twelve = (extra: Partial<HealthScoreConfig>): HealthScoreConfig => ({
  version: 1,
  ids: { range: "Wide!A1:A6" },
  metrics: Array.from({ length: 12 }, (_, k) => ({ range: `Wide!${col(k)}1:${col(k)}6` })),
  ...extra,
});

describe("12 metrics", () => {
  it("with previous column and revenue: components B–M, points N–Y, score Z … revenue AF, panel from AH", () => {
    const sheet = plan(
      twelve({ previousScore: { range: "Wide!N1:N6" }, revenue: { range: "Wide!O1:O6" } }),
      [wide]
    ).sheets[0];
    expect(formulaAt(sheet, "Z2")).toBe('IF($BU2=0,"",SUMPRODUCT(B2:M2,$AI$12:$AT$12)/$BU2*100)');
    expect(formulaAt(sheet, "AF2")).toBe('IF(ISNUMBER(Wide!$O2),Wide!$O2,"")');
    expect(valueAt(sheet, "AH1")).toBe("Health score model");
    expect(valueAt(sheet, "AT6")).toBe("M12");
    expect(valueAt(sheet, "Y1")).toBe("M12 (points)");
    expect(valueAt(sheet, "AB1")).toBe("Biggest gap");
  });

  it("without trend or revenue: the panel follows the band column", () => {
    const sheet = plan(twelve({ trendSource: "none" }), [wide]).sheets[0];
    expect(formulaAt(sheet, "AA2")).toContain("IF(ISNUMBER(Z2),IF(Z2<$AE$19");
    expect(valueAt(sheet, "AD1")).toBe("Health score model");
    expect(sheet.autoFilter).toEqual({ top: 1, left: 1, bottom: 6, right: 28 });
  });
});

describe("1 metric", () => {
  const config: HealthScoreConfig = {
    version: 1,
    ids: { range: "Wide!A1:A6" },
    metrics: [{ range: "Wide!B1:B6" }],
  };

  it("defaults to snapshots: history sheet, previous from the baseline, panel rows 23–26", () => {
    const p = plan(config, [wide]);
    const [sheet, history] = p.sheets;
    // A id, B component, C points, D score, E band, F gap, G–K trend (Previous, Change, Trend,
    // Main change, Points change); labels M, value N; helpers from T: U the metric's history
    // column (U4), V grid positions, W the present weight, X the baseline row, Y the largest fall.
    expect(formulaAt(sheet, "D2")).toBe('IF($W2=0,"",SUMPRODUCT(B2,$N$12)/$W2*100)');
    expect(formulaAt(sheet, "F2")).toBe('IF(ISNUMBER(B2),IF($N$12*(1-B2)=0,"",$N$6),"")');
    const escaped = (ref: string) =>
      `IF(ISTEXT(${ref}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?"),${ref})`;
    const H = "'Health History'!";
    const fb = `IFERROR($N$25-1+MATCH(${escaped("$A2")},INDEX(${H}$B:$B,$N$25):INDEX(${H}$B:$B,$N$25+$N$26-1),0),"")`;
    expect(formulaAt(sheet, "X2")).toBe(
      `IF(NOT(ISNUMBER($N$26)),"",IF(ROW()-1>$N$26,${fb},IF(INDEX(${H}$B:$B,$N$25+ROW()-2)=$A2,$N$25+ROW()-2,${fb})))`
    );
    expect(formulaAt(sheet, "G2")).toBe(`IF(ISNUMBER(X2),INDEX(${H}$C:$C,X2),"")`);
    expect(formulaAt(sheet, "U4")).toBe(
      `IFERROR(9+MATCH(${escaped("$N$6")},${H}$J$1:$AMJ$1,0),"")`
    );
    expect(formulaAt(sheet, "Y2")).toBe(`MIN(0,IFERROR(C2-INDEX(${H}$A:$AMJ,$X2,$U$4),0))`);
    expect(formulaAt(sheet, "J2")).toBe('IF(Y2<0,$N$6,"")');
    expect(formulaAt(sheet, "K2")).toBe('IF(Y2<0,Y2,"")');
    expect(["J1", "K1", "X1", "Y1", "T4"].map((a) => valueAt(sheet, a))).toEqual([
      "Main change",
      "Points change",
      "Row in baseline",
      "Largest fall of points",
      "History column",
    ]);
    expect(formulaAt(sheet, "N24")).toBe(`IF(COUNT(${H}$F:$F)=0,"",MAX(${H}$F:$F))`);
    expect(formulaAt(sheet, "N25")).toBe(`IFERROR(INDEX(${H}$G:$G,MATCH($N$24,${H}$F:$F,0)),"")`);
    expect(valueAt(sheet, "N23")).toBe("Health History");
    expect(history.name).toBe("Health History");
    expect(history.names[0]).toEqual({
      name: "CSMetrics_Owner",
      formula: '"cs-metrics:health-history:v1:0123456789ab"',
      hidden: true,
    });
  });
});

describe("sheet names and ownership", () => {
  it("takes the first free name ignoring case", () => {
    const sheets = [
      MINMAX_SHEET,
      { name: "health score", rows: [] },
      { name: "Health Score (2)", rows: [] },
    ];
    expect(plan(MINMAX_CONFIG, sheets).sheets[0].name).toBe("Health Score (3)");
  });

  it("marks the sheet with a hidden marker and names its sources", () => {
    const names = plan(MINMAX_CONFIG, [MINMAX_SHEET]).sheets[0].names;
    expect(names.find((n) => n.name === "CSMetrics_Owner")).toEqual({
      name: "CSMetrics_Owner",
      formula: '"cs-metrics:health-score:v1:0123456789ab"',
      hidden: true,
    });
    expect(names.find((n) => n.name === "CSMetrics_Src_M2")?.formula).toBe("Accounts!$C$2:$C$7");
  });

  it("ignores malformed or foreign markers", () => {
    const sheets = [{ name: "Accounts", marker: "cs-metrics:health-score:v2:xyz" }];
    expect(problems(MINMAX_CONFIG, [MINMAX_SHEET], { sheets }).map((p) => p.code)).toEqual(["W01"]);
  });
});

describe("whole-column selections", () => {
  it("drop the rows whose id is blank at the end, from every role", () => {
    const sheet: MemorySheet = {
      name: "Accounts",
      rows: [...MINMAX_SHEET.rows, [null, 5, 5, 5, 5, 5], [null, 1]],
    };
    const config: HealthScoreConfig = {
      ...MINMAX_CONFIG,
      ids: { range: "Accounts!A:A" },
      metrics: [{ range: "Accounts!B:B" }],
      previousScore: { range: "Accounts!E:E" },
      revenue: null,
    };
    const p = plan(config, [sheet]);
    expect(p.accounts).toBe(6);
    expect(valueAt(p.sheets[0], "L3")).toBe("Accounts!A2:A7, 1 metrics, CS Metrics 0.1.0");
  });
});

describe("2 metrics with snapshots", () => {
  it("Main change tests the first metric's fall and falls back to the second", () => {
    const config: HealthScoreConfig = {
      version: 1,
      ids: { range: "Wide!A1:A6" },
      metrics: [{ range: "Wide!B1:B6" }, { range: "Wide!C1:C6" }],
    };
    const sheet = plan(config, [wide]).sheets[0];
    // Points D:E, trend I–M (Main change L, Points change M); panel P:Q; helpers from V:
    // history columns W4:X4, present weight AA, baseline row AB, largest fall AC.
    const H = "'Health History'!";
    const fall = (points: string, column: string) =>
      `IFERROR(${points}2-INDEX(${H}$A:$AMJ,$AB2,$${column}$4),0)`;
    expect(formulaAt(sheet, "AC2")).toBe(`MIN(0,${fall("D", "W")},${fall("E", "X")})`);
    expect(formulaAt(sheet, "L2")).toBe(`IF(AC2<0,IF(${fall("D", "W")}=AC2,$P$6,$Q$6),"")`);
    expect(formulaAt(sheet, "M2")).toBe('IF(AC2<0,AC2,"")');
  });
});
