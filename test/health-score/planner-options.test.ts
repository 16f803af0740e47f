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
    // A id, B raw, C component, D points, E score, F band, G gap, H–J trend; labels L, value M.
    expect(formulaAt(sheet, "E2")).toBe('IF($V2=0,"",SUMPRODUCT(C2,$M$12)/$V2*100)');
    expect(formulaAt(sheet, "G2")).toBe('IF(ISNUMBER(C2),IF($M$12*(1-C2)=0,"",$M$6),"")');
    const key =
      'IF(ISTEXT($A2),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,"~","~~"),"*","~*"),"?","~?"),$A2)';
    const H = "'Health History'!";
    const fb = `IFERROR(INDEX(${H}$C:$C,$M$25-1+MATCH(${key},INDEX(${H}$B:$B,$M$25):INDEX(${H}$B:$B,$M$25+$M$26-1),0)),"")`;
    expect(formulaAt(sheet, "H2")).toBe(
      `IF(NOT(ISNUMBER($M$26)),"",IF(ROW()-1>$M$26,${fb},IF(INDEX(${H}$B:$B,$M$25+ROW()-2)=$A2,INDEX(${H}$C:$C,$M$25+ROW()-2),${fb})))`
    );
    expect(formulaAt(sheet, "M24")).toBe(`IF(COUNT(${H}$F:$F)=0,"",MAX(${H}$F:$F))`);
    expect(formulaAt(sheet, "M25")).toBe(`IFERROR(INDEX(${H}$G:$G,MATCH($M$24,${H}$F:$F,0)),"")`);
    expect(valueAt(sheet, "M23")).toBe("Health History");
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
