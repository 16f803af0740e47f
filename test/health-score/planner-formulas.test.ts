/** The planner writes exactly the formulas of spec §5 for the 3-metric example layout. */
import { PlannedSheet } from "../../src/health-score";
import {
  MINMAX_CONFIG,
  MINMAX_SHEET,
  percentileConfig,
  percentileSheet,
  THRESHOLD_CONFIG,
  THRESHOLD_SHEET,
} from "./fixtures";
import { formulaAt, plan, valueAt } from "./plan-support";

describe("§13.1 layout (A id, B–D raw, E–G components, H score … M revenue, panel O)", () => {
  const sheet: PlannedSheet = plan(MINMAX_CONFIG, [MINMAX_SHEET]).sheets[0];
  const spec: Record<string, string> = {
    A2: 'IF(ISBLANK(Accounts!$A2),"",Accounts!$A2)',
    B2: 'IF(ISNUMBER(Accounts!$B2),Accounts!$B2,"")',
    // Min–max as (x − origin) / divisor with metric 1's coefficients in helper column W (grid
    // labels V, right of the panel's blocks to T).
    E2: 'IF(ISNUMBER(B2),MAX(0,MIN(1,(B2-$W$2)/$W$3)),"")',
    W2: 'IF($P$15="","",IF($P$16=$P$15,$P$15-1,IF($P$8<0,$P$16,$P$15)))',
    W3: 'IF($P$15="","",IF($P$16=$P$15,1,IF($P$8<0,$P$15-$P$16,$P$16-$P$15)))',
    H2: 'IF(SUMPRODUCT(--ISNUMBER(E2:G2),$P$12:$R$12)=0,"",SUMPRODUCT(E2:G2,$P$12:$R$12)/SUMPRODUCT(--ISNUMBER(E2:G2),$P$12:$R$12)*100)',
    I2: 'IF(ISNUMBER(H2),IF(H2<$P$19,"Red",IF(H2<$P$20,"Yellow","Green")),"No data")',
    J2: 'IF(ISNUMBER(Accounts!$E2),Accounts!$E2,"")',
    K2: 'IF(AND(ISNUMBER(H2),ISNUMBER(J2)),H2-J2,"")',
    L2: 'IF(ISNUMBER(K2),IF(K2<=-$P$21,"▼ Declining",IF(K2>=$P$21,"▲ Improving","→ Stable")),"")',
    M2: 'IF(ISNUMBER(Accounts!$F2),Accounts!$F2,"")',
    P13: 'IF(SUM($P$12:$R$12)=0,"",$P$12/SUM($P$12:$R$12))',
    // The statistics read the source, not the raw column (LibreOffice's threaded groups).
    P14: "COUNT(Accounts!$B$2:$B$7)",
    P15: 'IF($P$14=0,"",AGGREGATE(5,6,Accounts!$B$2:$B$7))',
    P16: 'IF($P$14=0,"",AGGREGATE(4,6,Accounts!$B$2:$B$7))',
    P17: 'IF(ISERROR(ROWS(CSMetrics_Src_M1)),"Source deleted",IF($P$14=0,"No numeric values",IF($P$15=$P$16,"No spread","OK")))',
    P30: 'COUNTIF($I$2:$I$7,"Green")',
    Q30: 'IF($P$34=0,"",P30/$P$34)',
    R30: 'SUMIF($I$2:$I$7,"Green",$M$2:$M$7)',
    P34: "ROWS($A$2:$A$7)",
    R34: "SUM($M$2:$M$7)",
    P36: 'IF(COUNT($H$2:$H$7)=0,"",AVERAGE($H$2:$H$7))',
    P37: 'IF(COUNT($H$2:$H$7)=0,"",MEDIAN($H$2:$H$7))',
    P38: 'COUNTIF($L$2:$L$7,"▼ Declining")',
    P39: 'SUMIF($I$2:$I$7,"Red",$M$2:$M$7)',
    Q43: 'IF(COUNT($H$2:$H$7)<$O43,"",SMALL($H$2:$H$7,$O43))',
    T43: 'IF(Q43="","",MATCH(Q43,$H$2:$H$7,0))',
    T44: 'IF(Q44="","",IF(Q44=Q43,IFERROR(T43+MATCH(Q44,INDEX($H$2:$H$7,T43+1):$H$7,0),MATCH(Q44,$H$2:$H$7,0)),MATCH(Q44,$H$2:$H$7,0)))',
    P43: 'IF(T43="","",INDEX($A$2:$A$7,T43))',
    R43: 'IF(T43="","",INDEX($I$2:$I$7,T43))',
    S43: 'IF(T43="","",INDEX($M$2:$M$7,T43))',
  };
  it.each(Object.entries(spec))("%s", (address, formula) =>
    expect(formulaAt(sheet, address)).toBe(formula)
  );

  it("puts settings and labels in the panel", () => {
    expect(valueAt(sheet, "O1")).toBe("Health score model");
    expect(valueAt(sheet, "P3")).toBe("Accounts!A2:A7, 3 metrics, CS Metrics 0.1.0");
    expect(["P6", "Q6", "R6"].map((a) => valueAt(sheet, a))).toEqual([
      "Usage minutes",
      "Support tickets",
      "NPS",
    ]);
    expect(["P8", "Q8", "R8"].map((a) => valueAt(sheet, a))).toEqual([1, -1, 1]);
    expect(["P12", "Q12", "R12"].map((a) => valueAt(sheet, a))).toEqual([50, 20, 30]);
    expect(["P19", "P20", "P21", "P22"].map((a) => valueAt(sheet, a))).toEqual([
      40,
      70,
      10,
      "Accounts!E2:E7",
    ]);
    expect(valueAt(sheet, "A1")).toBe("Account");
    expect(valueAt(sheet, "E1")).toBe("Usage minutes (0–1)");
  });

  it("fills every table column with one formula", () => {
    const tableFills = sheet.fills.filter((f) => f.firstRow === 2);
    expect(tableFills.map((f) => f.column)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(tableFills.every((f) => f.lastRow === 7)).toBe(true);
  });
});

describe("percentile grid (§5.3)", () => {
  const sheet = plan(percentileConfig(6, "higher"), [percentileSheet([10, 20, 20, 40, 80, null])])
    .sheets[0];
  // A id, B raw, C component, D score, E band; labels in G, metric in H (panel to L); grid
  // labels in N, the metric's grid in O.
  it("writes G, F and T as three fills and the j/100 constants", () => {
    expect(formulaAt(sheet, "O56")).toBe('IF($H$14=0,"",AGGREGATE(16,6,Data!$B$2:$B$7,$N56))');
    expect(formulaAt(sheet, "O158")).toBe('IF($H$14=0,"",SUMPRODUCT(--(O$56:O$156<O56)))');
    expect(formulaAt(sheet, "O260")).toBe('IF($H$14=0,"",SUMPRODUCT(--(O$56:O$156<=O56))-1)');
    expect(valueAt(sheet, "N56")).toBe(0);
    expect(valueAt(sheet, "N156")).toBe(1);
    expect(
      sheet.fills
        .filter((f) => f.column === 15 && f.firstRow >= 56)
        .map((f) => [f.firstRow, f.lastRow])
    ).toEqual([
      [56, 156],
      [158, 258],
      [260, 360],
    ]);
  });

  it("looks each value up on the grid", () => {
    // One MATCH per account, in the grid-position helper column P.
    expect(formulaAt(sheet, "P2")).toBe('IF(ISNUMBER(B2),MATCH(B2,$O$56:$O$156,1),"")');
    const i = "$P2";
    const X = `IF(INDEX($O$56:$O$156,${i})=B2,(INDEX($O$158:$O$258,${i})+INDEX($O$260:$O$360,${i}))/200,(INDEX($O$260:$O$360,${i})+(B2-INDEX($O$56:$O$156,${i}))/(INDEX($O$56:$O$156,INDEX($O$260:$O$360,${i})+2)-INDEX($O$56:$O$156,${i})))/100)`;
    expect(formulaAt(sheet, "C2")).toBe(
      `IF(ISNUMBER(B2),IF($H$16=$H$15,1,($H$8<0)+(1-2*($H$8<0))*${X}),"")`
    );
  });
});

describe("thresholds (§5.3)", () => {
  const sheet = plan(THRESHOLD_CONFIG, [THRESHOLD_SHEET]).sheets[0];
  // A id, B–C raw, D–E components, F score, G band; labels I, metrics J, K.
  it("clips between the panel's bad and good and derives the direction", () => {
    expect(formulaAt(sheet, "D2")).toBe(
      'IF(ISNUMBER(B2),IF(OR(NOT(ISNUMBER($J$10)),NOT(ISNUMBER($J$11)),$J$10=$J$11),"",MAX(0,MIN(1,(B2-$J$10)/($J$11-$J$10)))),"")'
    );
    expect(formulaAt(sheet, "J8")).toBe("IF($J$11>$J$10,1,-1)");
    expect([valueAt(sheet, "J10"), valueAt(sheet, "J11")]).toEqual([10, 0]);
    expect(formulaAt(sheet, "J17")).toBe(
      'IF(ISERROR(ROWS(CSMetrics_Src_M1)),"Source deleted",IF($J$14=0,"No numeric values",IF($J$10=$J$11,"Bad = good","OK")))'
    );
  });
});
