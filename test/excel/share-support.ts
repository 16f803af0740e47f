/**
 * A workbook for Share's edge tests: a Data sheet, a Metrics sheet of `cells` CS formulas (mixed
 * functions; some wrapped in ROUND; TTV median, which takes the value rule; NPS over invalid
 * scores, whose native formula gives another value), ordinary formulas and constants beside
 * them, a protected sheet with CS cells, and a health-score sheet the add-in owns.
 */
import { CellInput, createFakeExcel } from "../../test-double/excel";
import { Progress } from "../../src/wizard/workbook-port";

export const DATA_ROWS = 200;
const BUILD_ID = "0123456789ab";

/** The CS formula of Metrics row `r` (0-based), column `c` (0..4), and what Share does to it. */
export function metricFormula(
  r: number,
  c: number
): { formula: string; kind: "native" | "value" | "differs" } {
  const n = 20 + (r % (DATA_ROWS - 20));
  switch (c) {
    case 0:
      return { formula: `=CS.NPS(Data!$A$2:$A$${n})`, kind: "native" };
    case 1:
      return { formula: `=ROUND(CS.NPS(Data!$A$2:$A$${n}),${r % 3})`, kind: "native" };
    case 2:
      return { formula: `=CS.CHURN(Data!$D$2,Data!$D$3)*${1 + (r % 7)}`, kind: "native" };
    case 3:
      return r % 10 === 0
        ? { formula: `=CS.TTV(Data!$B$2:$B$${n},Data!$C$2:$C$${n})`, kind: "value" }
        : { formula: `=CS.CSAT(Data!$E$2:$E$${n},5)`, kind: "native" };
    default:
      return r % 50 === 0
        ? { formula: `=CS.NPS(Data!$F$2:$F$21)`, kind: "differs" }
        : { formula: `=cs.csat(Data!$E$2:$E$${n})`, kind: "native" };
  }
}

export function shareBook(cells = 10_000) {
  const data: CellInput[][] = [["Score", "Start", "Value", "Customers", "CSAT", "Bad score"]];
  for (let i = 0; i < DATA_ROWS; i++) {
    data.push([
      (i * 7) % 11,
      45000 + i,
      45000 + i + ((i * 13) % 40),
      i === 0 ? 400 : i === 1 ? 18 : null,
      1 + ((i * 3) % 5),
      i < 20 ? (i === 5 ? 11 : (i * 3) % 11) : null,
    ]);
  }
  const rows = Math.ceil(cells / 5);
  const metrics: CellInput[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellInput[] = [];
    for (let c = 0; c < 5; c++)
      row.push(r * 5 + c < cells ? { formula: metricFormula(r, c).formula } : null);
    row.push({ formula: `=SUM(Data!$A$2:$A$${r + 2})` }, `note ${r}`);
    metrics.push(row);
  }
  const fake = createFakeExcel({
    sheets: [
      { name: "Data", cells: data },
      { name: "Metrics", cells: metrics },
      {
        name: "Locked",
        cells: [
          [{ formula: "=CS.NPS(Data!$A$2:$A$50)" }, { formula: "=CS.CHURN(Data!$D$2,Data!$D$3)" }],
        ],
      },
      {
        name: "Health Score",
        cells: [
          ["Account", "Score"],
          ["A-1", { formula: "=CS.NPS(Data!$A$2:$A$9)" }],
        ],
      },
    ],
  });
  fake.book.protectSheet("Locked", true);
  return fake;
}

/** Marks "Health Score" as the add-in's score sheet (its CSMetrics_Owner name). */
export async function ownHealthSheet(fake: ReturnType<typeof shareBook>): Promise<void> {
  await fake.host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Health Score");
    sheet.names.add("CSMetrics_Owner", `="cs-metrics:health-score:v1:${BUILD_ID}"`).visible = false;
    await context.sync();
  });
}

/** Progress that asks to cancel once `after` reports came (never by default). */
export function progressRecorder(after = Infinity): Progress & { reports: [number, number][] } {
  const reports: [number, number][] = [];
  return {
    reports,
    report: (done, total) => void reports.push([done, total]),
    cancelled: () => reports.length >= after,
  };
}
