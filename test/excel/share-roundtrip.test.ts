/**
 * Share through the Office.js edge on the in-browser workbook (docs/share.md §3): Check, Make
 * shareable and Restore on 10,000 CS cells; every original formula back byte for byte; Cancel
 * midway leaves the workbook as it was; protected sheets listed and never unprotected; the
 * health-score sheet untouched; every request under 5 MB.
 */
import { PAYLOAD_LIMIT } from "../../test-double/excel";
import { checkShare, makeShareable, restoreShare } from "../../src/excel/share-write";
import { RECORD_SHEET } from "../../src/share/originals-record";
import { failingHost } from "./fake-support";
import {
  DATA_ROWS,
  metricFormula,
  ownHealthSheet,
  progressRecorder,
  shareBook,
} from "./share-support";

const CELLS = 10_000;
const ROWS = CELLS / 5;

function column(c: number) {
  return Array.from({ length: ROWS }, (_, r) => metricFormula(r, c));
}

describe("Share round trip on 10,000 CS cells", () => {
  const fake = shareBook(CELLS);
  const { book, host } = fake;
  let before: ReturnType<typeof book.snapshot>;
  let formulasBefore: unknown[][];
  let valuesBefore: unknown[][];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    await ownHealthSheet(fake);
    before = book.snapshot();
    formulasBefore = book.formulas("Metrics", `A1:G${ROWS}`);
    valuesBefore = book.values("Metrics", `A1:G${ROWS}`);
  });

  afterAll(() => {
    // Measured figures for the report (jest prints them with --verbose).
    console.log(`Share on ${CELLS} CS cells (fake workbook): ${JSON.stringify(timings)} ms`);
  });

  it("Check: every CS cell with its rule and reason; protected and owned sheets reported", async () => {
    const t0 = Date.now();
    const check = await checkShare(host, progressRecorder());
    timings.check = Date.now() - t0;
    const cells = check.outcomes.filter((o) => o.sheet === "Metrics");
    expect(cells).toHaveLength(CELLS);
    const frozen = cells.filter((o) => o.rule === "value");
    expect(frozen).toHaveLength(column(3).filter((x) => x.kind === "value").length);
    expect(frozen.every((o) => o.reason?.id === "median-needs-array")).toBe(true);
    expect(check.protectedSheets).toEqual(["Locked"]);
    expect(check.outcomes.filter((o) => o.sheet === "Locked").map((o) => o.reason?.id)).toEqual([
      "protected-sheet",
      "protected-sheet",
    ]);
    expect(check.ownedSheets).toEqual(["Health Score"]);
    expect(check.outcomes.some((o) => o.sheet === "Health Score")).toBe(false);
    expect(book.diff(before)).toEqual([]);
  });

  it("Make shareable: native formulas, values frozen, read-back differences restored and listed", async () => {
    const t0 = Date.now();
    const result = await makeShareable(host, progressRecorder());
    timings.makeShareable = Date.now() - t0;
    if (!result.ok) throw new Error(result.message);
    const metrics = result.outcomes.filter((o) => o.sheet === "Metrics");
    const differs = column(4).filter((x) => x.kind === "differs").length;
    expect(metrics.filter((o) => o.rule === "kept")).toHaveLength(differs);
    expect(
      metrics.filter((o) => o.rule === "kept").every((o) => o.reason?.id === "value-differs")
    ).toBe(true);

    const formulas = book.formulas("Metrics", `A1:G${ROWS}`);
    const values = book.values("Metrics", `A1:G${ROWS}`);
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < 5; c++) {
        const { formula, kind } = metricFormula(r, c);
        const now = formulas[r][c];
        if (kind === "differs") expect(now).toBe(formula);
        else if (kind === "value") expect(now).toBe(valuesBefore[r][c]);
        else {
          expect(String(now)).toMatch(/^=/);
          expect(String(now)).not.toMatch(/CS\./i);
        }
        if (kind !== "differs")
          expect(
            Math.abs((values[r][c] as number) - (valuesBefore[r][c] as number))
          ).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(valuesBefore[r][c] as number)));
      }
      // Cells without a CS call are never changed.
      expect(formulas[r].slice(5)).toEqual(formulasBefore[r].slice(5));
    }
    expect(book.visibility(RECORD_SHEET)).toBe("VeryHidden");
    expect(book.isProtected("Locked")).toBe(true);
    const changed = new Set(book.diff(before).map((ch) => `${ch.sheet}:${ch.what}`));
    expect([...changed].sort()).toEqual(["CSMetrics_Originals:sheet-add", "Metrics:cell"]);
    expect(book.sheetNames).toEqual(["Data", "Metrics", "Locked", "Health Score", RECORD_SHEET]);
    expect(Math.max(...book.payloads)).toBeLessThan(PAYLOAD_LIMIT);
    expect(result.largestPayload).toBeLessThan(4_000_000);
  });

  it("Restore gives back every original formula exactly and removes the record", async () => {
    const t0 = Date.now();
    const result = await restoreShare(host, undefined, progressRecorder());
    timings.restore = Date.now() - t0;
    expect(result).toEqual({
      ok: true,
      restored: CELLS - column(4).filter((x) => x.kind === "differs").length,
      edited: [],
      unreadable: 0,
      recordRemoved: true,
    });
    expect(book.formulas("Metrics", `A1:G${ROWS}`)).toEqual(formulasBefore);
    expect(book.diff(before)).toEqual([]);
    expect(book.sheetNames).not.toContain(RECORD_SHEET);
    expect(Math.max(...book.payloads)).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.unsupported.filter((u) => u.sheet === "Metrics")).toEqual([]);
    expect(DATA_ROWS).toBe(200);
  });
});

describe("Cancel and Restore's edge cases", () => {
  it("Cancel midway leaves the workbook as it was (the record sheet is gone too)", async () => {
    const fake = shareBook(5_000);
    await ownHealthSheet(fake);
    const before = fake.book.snapshot();
    // Reports: Check's sheets (3), the record (1), then one per converted chunk: cancel after 2 chunks.
    const result = await makeShareable(fake.host, progressRecorder(3 + 1 + 2));
    expect(result).toEqual({ ok: false, reason: "cancelled", message: "" });
    expect(fake.book.diff(before)).toEqual([]);
    expect(fake.book.sheetNames).not.toContain(RECORD_SHEET);
  });

  it.each([6, 9])(
    "a sync failing midway (sync %i) leaves the workbook as it was and says why",
    async (failAt) => {
      const fake = shareBook(5_000);
      await ownHealthSheet(fake);
      const before = fake.book.snapshot();
      const result = await makeShareable(failingHost(fake.host, failAt), progressRecorder());
      expect(result).toEqual({
        ok: false,
        reason: "failed",
        message: "GeneralException: The request failed (injected)",
      });
      expect(fake.book.diff(before)).toEqual([]);
    }
  );

  it("a cell edited since Make shareable is not overwritten by Restore: it is listed", async () => {
    const fake = shareBook(50);
    const { book, host } = fake;
    await makeShareable(host, progressRecorder());
    book.setCell("Metrics", 1, 0, { formula: "=42" });
    const result = await restoreShare(host, undefined, progressRecorder());
    expect(result).toMatchObject({
      ok: true,
      edited: [{ sheet: "Metrics", address: "A2" }],
      recordRemoved: false,
    });
    expect(book.formulas("Metrics", "A2")).toEqual([["=42"]]);
    expect(book.formulas("Metrics", "A1")).toEqual([[metricFormula(0, 0).formula]]);
    // Undoing the edit by hand leaves one cell to restore; then the record goes.
    book.setCell("Metrics", 1, 0, { formula: "=CS.NPS(Data!$A$2:$A$21)" });
    const again = await restoreShare(host, undefined, progressRecorder());
    expect(again).toMatchObject({ ok: true, restored: 0, edited: [], recordRemoved: true });
  });

  it("Restore of one sheet leaves the others converted and the record holding them", async () => {
    const fake = shareBook(10);
    const { book, host } = fake;
    await ownHealthSheet(fake);
    book.addSheet("Second", [[{ formula: "=CS.CHURN(Data!$D$2,Data!$D$3)" }]]);
    await makeShareable(host, progressRecorder());
    const result = await restoreShare(host, "Second", progressRecorder());
    expect(result).toMatchObject({ ok: true, restored: 1, recordRemoved: false });
    expect(book.formulas("Second", "A1")).toEqual([["=CS.CHURN(Data!$D$2,Data!$D$3)"]]);
    expect(String(book.formulas("Metrics", "A1")[0][0])).not.toMatch(/CS\./);
    const check = await checkShare(host, progressRecorder());
    // Metrics' 10 cells less the one the read-back restored (NPS over invalid scores).
    expect(check.recorded).toEqual(new Map([["Metrics", 9]]));
  });

  it("a second Make shareable finds nothing new to convert and keeps the record", async () => {
    const fake = shareBook(10);
    await makeShareable(fake.host, progressRecorder());
    const snapshot = fake.book.snapshot();
    const again = await makeShareable(fake.host, progressRecorder());
    expect(
      again.ok && again.outcomes.filter((o) => o.sheet === "Metrics" && o.rule !== "kept")
    ).toEqual([]);
    expect(fake.book.diff(snapshot)).toEqual([]);
  });
});
