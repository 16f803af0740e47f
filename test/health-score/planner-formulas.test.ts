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

describe("§13.1 layout (A id, B–D raw, E–G components, H–J points, K score, L band, M gap … Q revenue, panel S)", () => {
  const sheet: PlannedSheet = plan(MINMAX_CONFIG, [MINMAX_SHEET]).sheets[0];
  const spec: Record<string, string> = {
    A2: 'IF(ISBLANK(Accounts!$A2),"",Accounts!$A2)',
    B2: 'IF(ISNUMBER(Accounts!$B2),Accounts!$B2,"")',
    // Min–max as (x − origin) / divisor with metric 1's coefficients in helper column AA (grid
    // labels Z, right of the panel's blocks to X).
    E2: 'IF(ISNUMBER(B2),MAX(0,MIN(1,(B2-$AA$2)/$AA$3)),"")',
    AA2: 'IF($T$15="","",IF($T$16=$T$15,$T$15-1,IF($T$8<0,$T$16,$T$15)))',
    AA3: 'IF($T$15="","",IF($T$16=$T$15,1,IF($T$8<0,$T$15-$T$16,$T$16-$T$15)))',
    // The present weight once per row in helper column AG (after the grid positions AD–AF),
    // read by the score and every points cell.
    AG2: "SUMPRODUCT(--ISNUMBER(E2:G2),$T$12:$V$12)",
    K2: 'IF($AG2=0,"",SUMPRODUCT(E2:G2,$T$12:$V$12)/$AG2*100)',
    L2: 'IF(ISNUMBER(K2),IF(K2<$T$19,"Red",IF(K2<$T$20,"Yellow","Green")),"No data")',
    // §14: points per metric and the biggest gap.
    H2: 'IF(ISNUMBER(E2),IF($AG2=0,"",100*$T$12*E2/$AG2),"")',
    J2: 'IF(ISNUMBER(G2),IF($AG2=0,"",100*$V$12*G2/$AG2),"")',
    M2: 'IFERROR(INDEX($T$6:$V$6,MATCH(AGGREGATE(14,6,$T$12:$V$12*(1-E2:G2)/ISNUMBER(E2:G2)/(E2:G2<1),1),INDEX($T$12:$V$12*(1-E2:G2)/ISNUMBER(E2:G2)/(E2:G2<1),0),0)),"")',
    N2: 'IF(ISNUMBER(Accounts!$E2),Accounts!$E2,"")',
    O2: 'IF(AND(ISNUMBER(K2),ISNUMBER(N2)),K2-N2,"")',
    P2: 'IF(ISNUMBER(O2),IF(O2<=-$T$21,"▼ Declining",IF(O2>=$T$21,"▲ Improving","→ Stable")),"")',
    Q2: 'IF(ISNUMBER(Accounts!$F2),Accounts!$F2,"")',
    T13: 'IF(SUM($T$12:$V$12)=0,"",$T$12/SUM($T$12:$V$12))',
    // The statistics read the source, not the raw column (LibreOffice's threaded groups).
    T14: "COUNT(Accounts!$B$2:$B$7)",
    T15: 'IF($T$14=0,"",AGGREGATE(5,6,Accounts!$B$2:$B$7))',
    T16: 'IF($T$14=0,"",AGGREGATE(4,6,Accounts!$B$2:$B$7))',
    T17: 'IF(ISERROR(ROWS(CSMetrics_Src_M1)),"Source deleted",IF($T$14=0,"No numeric values",IF($T$15=$T$16,"No spread","OK")))',
    T30: 'COUNTIF($L$2:$L$7,"Green")',
    U30: 'IF($T$34=0,"",T30/$T$34)',
    V30: 'SUMIF($L$2:$L$7,"Green",$Q$2:$Q$7)',
    T34: "ROWS($A$2:$A$7)",
    V34: "SUM($Q$2:$Q$7)",
    T36: 'IF(COUNT($K$2:$K$7)=0,"",AVERAGE($K$2:$K$7))',
    T37: 'IF(COUNT($K$2:$K$7)=0,"",MEDIAN($K$2:$K$7))',
    T38: 'COUNTIF($P$2:$P$7,"▼ Declining")',
    T39: 'SUMIF($L$2:$L$7,"Red",$Q$2:$Q$7)',
    U43: 'IF(COUNT($K$2:$K$7)<$S43,"",SMALL($K$2:$K$7,$S43))',
    X43: 'IF(U43="","",MATCH(U43,$K$2:$K$7,0))',
    X44: 'IF(U44="","",IF(U44=U43,IFERROR(X43+MATCH(U44,INDEX($K$2:$K$7,X43+1):$K$7,0),MATCH(U44,$K$2:$K$7,0)),MATCH(U44,$K$2:$K$7,0)))',
    T43: 'IF(X43="","",INDEX($A$2:$A$7,X43))',
    V43: 'IF(X43="","",INDEX($L$2:$L$7,X43))',
    W43: 'IF(X43="","",INDEX($Q$2:$Q$7,X43))',
  };
  it.each(Object.entries(spec))("%s", (address, formula) =>
    expect(formulaAt(sheet, address)).toBe(formula)
  );

  it("puts settings and labels in the panel", () => {
    expect(valueAt(sheet, "S1")).toBe("Health score model");
    expect(valueAt(sheet, "T3")).toBe("Accounts!A2:A7, 3 metrics, CS Metrics 0.1.0");
    expect(["T6", "U6", "V6"].map((a) => valueAt(sheet, a))).toEqual([
      "Usage minutes",
      "Support tickets",
      "NPS",
    ]);
    expect(["T8", "U8", "V8"].map((a) => valueAt(sheet, a))).toEqual([1, -1, 1]);
    expect(["T12", "U12", "V12"].map((a) => valueAt(sheet, a))).toEqual([50, 20, 30]);
    expect(["T19", "T20", "T21", "T22"].map((a) => valueAt(sheet, a))).toEqual([
      40,
      70,
      10,
      "Accounts!E2:E7",
    ]);
    expect(valueAt(sheet, "A1")).toBe("Account");
    expect(valueAt(sheet, "E1")).toBe("Usage minutes (0–1)");
    expect(valueAt(sheet, "H1")).toBe("Usage minutes (points)");
    expect(valueAt(sheet, "M1")).toBe("Biggest gap");
  });

  it("fills every table column with one formula, and the present-weight helper column", () => {
    const tableFills = sheet.fills.filter((f) => f.firstRow === 2);
    expect(tableFills.map((f) => f.column)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 33,
    ]);
    expect(tableFills.every((f) => f.lastRow === 7)).toBe(true);
  });
});

describe("percentile grid (§5.3)", () => {
  const sheet = plan(percentileConfig(6, "higher"), [percentileSheet([10, 20, 20, 40, 80, null])])
    .sheets[0];
  // A id, B raw, C component, D points, E score, F band, G gap; labels in I, metric in J (panel
  // to N); grid labels in P, the metric's grid in Q.
  it("writes G, F and T as three fills and the j/100 constants", () => {
    expect(formulaAt(sheet, "Q56")).toBe('IF($J$14=0,"",AGGREGATE(16,6,Data!$B$2:$B$7,$P56))');
    expect(formulaAt(sheet, "Q158")).toBe('IF($J$14=0,"",SUMPRODUCT(--(Q$56:Q$156<Q56)))');
    expect(formulaAt(sheet, "Q260")).toBe('IF($J$14=0,"",SUMPRODUCT(--(Q$56:Q$156<=Q56))-1)');
    expect(valueAt(sheet, "P56")).toBe(0);
    expect(valueAt(sheet, "P156")).toBe(1);
    expect(
      sheet.fills
        .filter((f) => f.column === 17 && f.firstRow >= 56)
        .map((f) => [f.firstRow, f.lastRow])
    ).toEqual([
      [56, 156],
      [158, 258],
      [260, 360],
    ]);
  });

  it("looks each value up on the grid", () => {
    // One MATCH per account, in the grid-position helper column R.
    expect(formulaAt(sheet, "R2")).toBe('IF(ISNUMBER(B2),MATCH(B2,$Q$56:$Q$156,1),"")');
    const i = "$R2";
    const X = `IF(INDEX($Q$56:$Q$156,${i})=B2,(INDEX($Q$158:$Q$258,${i})+INDEX($Q$260:$Q$360,${i}))/200,(INDEX($Q$260:$Q$360,${i})+(B2-INDEX($Q$56:$Q$156,${i}))/(INDEX($Q$56:$Q$156,INDEX($Q$260:$Q$360,${i})+2)-INDEX($Q$56:$Q$156,${i})))/100)`;
    expect(formulaAt(sheet, "C2")).toBe(
      `IF(ISNUMBER(B2),IF($J$16=$J$15,1,($J$8<0)+(1-2*($J$8<0))*${X}),"")`
    );
  });
});

describe("thresholds (§5.3)", () => {
  const sheet = plan(THRESHOLD_CONFIG, [THRESHOLD_SHEET]).sheets[0];
  // A id, B–C raw, D–E components, F–G points, H score, I band, J gap; labels L, metrics M, N.
  it("clips between the panel's bad and good and derives the direction", () => {
    expect(formulaAt(sheet, "D2")).toBe(
      'IF(ISNUMBER(B2),IF(OR(NOT(ISNUMBER($M$10)),NOT(ISNUMBER($M$11)),$M$10=$M$11),"",MAX(0,MIN(1,(B2-$M$10)/($M$11-$M$10)))),"")'
    );
    expect(formulaAt(sheet, "M8")).toBe("IF($M$11>$M$10,1,-1)");
    expect([valueAt(sheet, "M10"), valueAt(sheet, "M11")]).toEqual([10, 0]);
    expect(formulaAt(sheet, "M17")).toBe(
      'IF(ISERROR(ROWS(CSMetrics_Src_M1)),"Source deleted",IF($M$14=0,"No numeric values",IF($M$10=$M$11,"Bad = good","OK")))'
    );
  });
});
