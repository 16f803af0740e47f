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

describe("§13.1 layout (A id, B–D components, E–G points, H score, I band, J gap … N revenue, panel P)", () => {
  const sheet: PlannedSheet = plan(MINMAX_CONFIG, [MINMAX_SHEET]).sheets[0];
  const spec: Record<string, string> = {
    A2: 'IF(ISBLANK(Accounts!$A2),"",Accounts!$A2)',
    // Min–max as (x − origin) / divisor from the source cell, with metric 1's coefficients in
    // helper column X (grid labels W, right of the panel's blocks to U).
    B2: 'IF(ISNUMBER(Accounts!$B2),MAX(0,MIN(1,(Accounts!$B2-$X$2)/$X$3)),"")',
    X2: 'IF($Q$15="","",IF($Q$16=$Q$15,$Q$15-1,IF($Q$8<0,$Q$16,$Q$15)))',
    X3: 'IF($Q$15="","",IF($Q$16=$Q$15,1,IF($Q$8<0,$Q$15-$Q$16,$Q$16-$Q$15)))',
    // The present weight once per row in helper column AD (after the grid positions AA–AC),
    // read by the score and every points cell.
    AD2: "SUMPRODUCT(--ISNUMBER(B2:D2),$Q$12:$S$12)",
    H2: 'IF($AD2=0,"",SUMPRODUCT(B2:D2,$Q$12:$S$12)/$AD2*100)',
    I2: 'IF(ISNUMBER(H2),IF(H2<$Q$19,"Red",IF(H2<$Q$20,"Yellow","Green")),"No data")',
    // §14: points per metric and the biggest gap.
    E2: 'IF(ISNUMBER(B2),IF($AD2=0,"",100*$Q$12*B2/$AD2),"")',
    G2: 'IF(ISNUMBER(D2),IF($AD2=0,"",100*$S$12*D2/$AD2),"")',
    J2: 'IFERROR(INDEX($Q$6:$S$6,MATCH(AGGREGATE(14,6,$Q$12:$S$12*(1-B2:D2)/ISNUMBER(B2:D2)/(B2:D2<1),1),INDEX($Q$12:$S$12*(1-B2:D2)/ISNUMBER(B2:D2)/(B2:D2<1),0),0)),"")',
    K2: 'IF(ISNUMBER(Accounts!$E2),Accounts!$E2,"")',
    L2: 'IF(AND(ISNUMBER(H2),ISNUMBER(K2)),H2-K2,"")',
    M2: 'IF(ISNUMBER(L2),IF(L2<=-$Q$21,"▼ Declining",IF(L2>=$Q$21,"▲ Improving","→ Stable")),"")',
    N2: 'IF(ISNUMBER(Accounts!$F2),Accounts!$F2,"")',
    Q13: 'IF(SUM($Q$12:$S$12)=0,"",$Q$12/SUM($Q$12:$S$12))',
    // The statistics read the source, not the raw column (LibreOffice's threaded groups).
    Q14: "COUNT(Accounts!$B$2:$B$7)",
    Q15: 'IF($Q$14=0,"",AGGREGATE(5,6,Accounts!$B$2:$B$7))',
    Q16: 'IF($Q$14=0,"",AGGREGATE(4,6,Accounts!$B$2:$B$7))',
    Q17: 'IF(ISERROR(ROWS(CSMetrics_Src_M1)),"Source deleted",IF($Q$14=0,"No numeric values",IF($Q$15=$Q$16,"No spread","OK")))',
    Q30: 'COUNTIF($I$2:$I$7,"Green")',
    R30: 'IF($Q$34=0,"",Q30/$Q$34)',
    S30: 'SUMIF($I$2:$I$7,"Green",$N$2:$N$7)',
    Q34: "ROWS($A$2:$A$7)",
    S34: "SUM($N$2:$N$7)",
    Q36: 'IF(COUNT($H$2:$H$7)=0,"",AVERAGE($H$2:$H$7))',
    Q37: 'IF(COUNT($H$2:$H$7)=0,"",MEDIAN($H$2:$H$7))',
    Q38: 'COUNTIF($M$2:$M$7,"▼ Declining")',
    Q39: 'SUMIF($I$2:$I$7,"Red",$N$2:$N$7)',
    R43: 'IF(COUNT($H$2:$H$7)<$P43,"",SMALL($H$2:$H$7,$P43))',
    U43: 'IF(R43="","",MATCH(R43,$H$2:$H$7,0))',
    U44: 'IF(R44="","",IF(R44=R43,IFERROR(U43+MATCH(R44,INDEX($H$2:$H$7,U43+1):$H$7,0),MATCH(R44,$H$2:$H$7,0)),MATCH(R44,$H$2:$H$7,0)))',
    Q43: 'IF(U43="","",INDEX($A$2:$A$7,U43))',
    S43: 'IF(U43="","",INDEX($I$2:$I$7,U43))',
    T43: 'IF(U43="","",INDEX($N$2:$N$7,U43))',
  };
  it.each(Object.entries(spec))("%s", (address, formula) =>
    expect(formulaAt(sheet, address)).toBe(formula)
  );

  it("puts settings and labels in the panel", () => {
    expect(valueAt(sheet, "P1")).toBe("Health score model");
    expect(valueAt(sheet, "Q3")).toBe("Accounts!A2:A7, 3 metrics, CS Metrics 0.1.0");
    expect(["Q6", "R6", "S6"].map((a) => valueAt(sheet, a))).toEqual([
      "Usage minutes",
      "Support tickets",
      "NPS",
    ]);
    expect(["Q8", "R8", "S8"].map((a) => valueAt(sheet, a))).toEqual([1, -1, 1]);
    expect(["Q12", "R12", "S12"].map((a) => valueAt(sheet, a))).toEqual([50, 20, 30]);
    expect(["Q19", "Q20", "Q21", "Q22"].map((a) => valueAt(sheet, a))).toEqual([
      40,
      70,
      10,
      "Accounts!E2:E7",
    ]);
    expect(valueAt(sheet, "A1")).toBe("Account");
    expect(valueAt(sheet, "B1")).toBe("Usage minutes (0–1)");
    expect(valueAt(sheet, "E1")).toBe("Usage minutes (points)");
    expect(valueAt(sheet, "J1")).toBe("Biggest gap");
  });

  it("fills every table column with one formula, and the present-weight helper column", () => {
    const tableFills = sheet.fills.filter((f) => f.firstRow === 2);
    expect(tableFills.map((f) => f.column)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 30,
    ]);
    expect(tableFills.every((f) => f.lastRow === 7)).toBe(true);
  });
});

describe("percentile grid (§5.3)", () => {
  const sheet = plan(percentileConfig(6, "higher"), [percentileSheet([10, 20, 20, 40, 80, null])])
    .sheets[0];
  // A id, B component, C points, D score, E band, F gap; labels in H, metric in I (panel to M);
  // grid labels in O, the metric's grid in P, its grid positions in Q.
  it("writes G, F and T as three fills and the j/100 constants", () => {
    expect(formulaAt(sheet, "P56")).toBe('IF($I$14=0,"",AGGREGATE(16,6,Data!$B$2:$B$7,$O56))');
    expect(formulaAt(sheet, "P158")).toBe('IF($I$14=0,"",SUMPRODUCT(--(P$56:P$156<P56)))');
    expect(formulaAt(sheet, "P260")).toBe('IF($I$14=0,"",SUMPRODUCT(--(P$56:P$156<=P56))-1)');
    expect(valueAt(sheet, "O56")).toBe(0);
    expect(valueAt(sheet, "O156")).toBe(1);
    expect(
      sheet.fills
        .filter((f) => f.column === 16 && f.firstRow >= 56)
        .map((f) => [f.firstRow, f.lastRow])
    ).toEqual([
      [56, 156],
      [158, 258],
      [260, 360],
    ]);
  });

  it("looks each value up on the grid", () => {
    // One MATCH per account, in the grid-position helper column Q.
    expect(formulaAt(sheet, "Q2")).toBe('IF(ISNUMBER(Data!$B2),MATCH(Data!$B2,$P$56:$P$156,1),"")');
    // Everything else from one range, P2:P360: flip and sign in rows 5–6 (its 4th and 5th
    // cells), G from row 56 (cell 54 + i), F from row 158, T from row 260.
    const [x, i, R] = ["Data!$B2", "$Q2", "$P$2:$P$360"];
    const at = (offset: number, p = i) => `INDEX(${R},${p}+${offset})`;
    const [g, f, t] = [at(54), at(156), at(258)];
    const X = `IF(${g}=${x},(${f}+${t})/200,(${t}+(${x}-${g})/(${at(54, `${t}+2`)}-${g}))/100)`;
    expect(formulaAt(sheet, "B2")).toBe(`IF(ISNUMBER(${x}),INDEX(${R},4)+INDEX(${R},5)*${X},"")`);
    expect(formulaAt(sheet, "P5")).toBe('IF($I$15="","",IF($I$16=$I$15,1,IF($I$8<0,1,0)))');
    expect(formulaAt(sheet, "P6")).toBe('IF($I$15="","",IF($I$16=$I$15,0,IF($I$8<0,-1,1)))');
    expect([valueAt(sheet, "O5"), valueAt(sheet, "O6")]).toEqual([
      "Percentile flip",
      "Percentile sign",
    ]);
  });
});

describe("thresholds (§5.3)", () => {
  const sheet = plan(THRESHOLD_CONFIG, [THRESHOLD_SHEET]).sheets[0];
  // A id, B–C components, D–E points, F score, G band, H gap; labels J, metrics K, L.
  it("clips between the panel's bad and good and derives the direction", () => {
    expect(formulaAt(sheet, "B2")).toBe(
      'IF(ISNUMBER(T!$B2),IF(OR(NOT(ISNUMBER($K$10)),NOT(ISNUMBER($K$11)),$K$10=$K$11),"",MAX(0,MIN(1,(T!$B2-$K$10)/($K$11-$K$10)))),"")'
    );
    expect(formulaAt(sheet, "K8")).toBe("IF($K$11>$K$10,1,-1)");
    expect([valueAt(sheet, "K10"), valueAt(sheet, "K11")]).toEqual([10, 0]);
    expect(formulaAt(sheet, "K17")).toBe(
      'IF(ISERROR(ROWS(CSMetrics_Src_M1)),"Source deleted",IF($K$14=0,"No numeric values",IF($K$10=$K$11,"Bad = good","OK")))'
    );
  });
});
