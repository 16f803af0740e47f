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
  it("with previous column and revenue: components N–Y, points Z–AK, score AL … revenue AR, panel from AT", () => {
    const sheet = plan(
      twelve({ previousScore: { range: "Wide!N1:N6" }, revenue: { range: "Wide!O1:O6" } }),
      [wide]
    ).sheets[0];
    expect(formulaAt(sheet, "AL2")).toBe('IF($CG2=0,"",SUMPRODUCT(N2:Y2,$AU$12:$BF$12)/$CG2*100)');
    expect(formulaAt(sheet, "AR2")).toBe('IF(ISNUMBER(Wide!$O2),Wide!$O2,"")');
    expect(valueAt(sheet, "AT1")).toBe("Health score model");
    expect(valueAt(sheet, "BF6")).toBe("M12");
    expect(valueAt(sheet, "AK1")).toBe("M12 (points)");
    expect(valueAt(sheet, "AN1")).toBe("Biggest gap");
  });

  it("without trend or revenue: the panel follows the band column", () => {
    const sheet = plan(twelve({ trendSource: "none" }), [wide]).sheets[0];
    expect(formulaAt(sheet, "AM2")).toContain("IF(ISNUMBER(AL2),IF(AL2<$AQ$19");
    expect(valueAt(sheet, "AP1")).toBe("Health score model");
    expect(sheet.autoFilter).toEqual({ top: 1, left: 1, bottom: 6, right: 40 });
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
    // A id, B raw, C component, D points, E score, F band, G gap, H–L trend (Previous, Change,
    // Trend, Main change, Points change); labels N, value O; helpers from U: V the metric's
    // history column (V4), W grid positions, X the present weight, Y the baseline row, Z the largest
    // fall.
    expect(formulaAt(sheet, "E2")).toBe('IF($X2=0,"",SUMPRODUCT(C2,$O$12)/$X2*100)');
    expect(formulaAt(sheet, "G2")).toBe('IF(ISNUMBER(C2),IF($O$12*(1-C2)=0,"",$O$6),"")');
    const escaped = (ref: string) =>
      `IF(ISTEXT(${ref}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?"),${ref})`;
    const H = "'Health History'!";
    const fb = `IFERROR($O$25-1+MATCH(${escaped("$A2")},INDEX(${H}$B:$B,$O$25):INDEX(${H}$B:$B,$O$25+$O$26-1),0),"")`;
    expect(formulaAt(sheet, "Y2")).toBe(
      `IF(NOT(ISNUMBER($O$26)),"",IF(ROW()-1>$O$26,${fb},IF(INDEX(${H}$B:$B,$O$25+ROW()-2)=$A2,$O$25+ROW()-2,${fb})))`
    );
    expect(formulaAt(sheet, "H2")).toBe(`IF(ISNUMBER(Y2),INDEX(${H}$C:$C,Y2),"")`);
    expect(formulaAt(sheet, "V4")).toBe(
      `IFERROR(9+MATCH(${escaped("$O$6")},${H}$J$1:$AMJ$1,0),"")`
    );
    expect(formulaAt(sheet, "Z2")).toBe(`MIN(0,IFERROR(D2-INDEX(${H}$A:$AMJ,$Y2,$V$4),0))`);
    expect(formulaAt(sheet, "K2")).toBe('IF(Z2<0,$O$6,"")');
    expect(formulaAt(sheet, "L2")).toBe('IF(Z2<0,Z2,"")');
    expect(["K1", "L1", "Y1", "Z1", "U4"].map((a) => valueAt(sheet, a))).toEqual([
      "Main change",
      "Points change",
      "Row in baseline",
      "Largest fall of points",
      "History column",
    ]);
    expect(formulaAt(sheet, "O24")).toBe(`IF(COUNT(${H}$F:$F)=0,"",MAX(${H}$F:$F))`);
    expect(formulaAt(sheet, "O25")).toBe(`IFERROR(INDEX(${H}$G:$G,MATCH($O$24,${H}$F:$F,0)),"")`);
    expect(valueAt(sheet, "O23")).toBe("Health History");
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
    expect(valueAt(p.sheets[0], "M3")).toBe("Accounts!A2:A7, 1 metrics, CS Metrics 0.1.0");
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
    // Points F:G, trend K–O (Main change N, Points change O); panel R:S; helpers from X:
    // history columns Y4:Z4, present weight AC, baseline row AD, largest fall AE.
    const H = "'Health History'!";
    const fall = (points: string, column: string) =>
      `IFERROR(${points}2-INDEX(${H}$A:$AMJ,$AD2,$${column}$4),0)`;
    expect(formulaAt(sheet, "AE2")).toBe(`MIN(0,${fall("F", "Y")},${fall("G", "Z")})`);
    expect(formulaAt(sheet, "N2")).toBe(`IF(AE2<0,IF(${fall("F", "Y")}=AE2,$R$6,$S$6),"")`);
    expect(formulaAt(sheet, "O2")).toBe('IF(AE2<0,AE2,"")');
  });
});
