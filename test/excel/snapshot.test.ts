/** Snapshot through Office.js on the fake (spec §6): append, second snapshot, refusals. */
import { takeSnapshot } from "../../src/excel/snapshot";
import { writePlan } from "../../src/excel/write-plan";
import { HealthScoreConfig } from "../../src/health-score";
import { localSerialMinute } from "../../src/health-score/local-time";
import { MINMAX_CONFIG, MINMAX_SHEET } from "../health-score/fixtures";
import { fakeWith, planFor, recorder } from "./fake-support";

const SNAPSHOTS: HealthScoreConfig = {
  ...MINMAX_CONFIG,
  previousScore: undefined,
  trendSource: "snapshots",
};
const FIRST = new Date(2026, 2, 1, 9, 30, 42);
const SECOND = new Date(2026, 2, 8, 9, 31, 5);

async function built(config: HealthScoreConfig) {
  const fake = fakeWith([MINMAX_SHEET]);
  const plan = planFor(config, [MINMAX_SHEET], fake.book.sheetNames);
  const outcome = await writePlan(fake.host, plan, { mode: "new" }, recorder());
  if (!outcome.ok) throw new Error(outcome.message);
  return fake;
}

describe("takeSnapshot", () => {
  test("appends scored accounts and the index row; a second snapshot goes below", async () => {
    const { host, book } = await built(SNAPSHOTS);
    const before = book.snapshot();
    const scores = book.values("Health Score", "H2:H7").map(([v]) => v);
    const first = await takeSnapshot(host, "Health Score", recorder(), () => FIRST);
    const t1 = localSerialMinute(FIRST);
    expect(first).toEqual({ ok: true, rows: 6, timestamp: t1 });
    expect(book.values("Health History", "A2:C7")).toEqual(
      ["A-101", "A-102", "A-103", "A-104", "A-105", "A-106"].map((id, i) => [t1, id, scores[i]])
    );
    expect(book.values("Health History", "F2:H2")).toEqual([[t1, 2, 6]]);
    expect(book.cell("Health History", 1, 0).numberFormat).toBe("yyyy-mm-dd hh:mm");
    // Right after a snapshot every change is 0 and the trend is Stable.
    expect(book.values("Health Score", "L2:M7")).toEqual(Array(6).fill([0, "→ Stable"]));
    // Only the history sheet changed.
    expect(new Set(book.diff(before).map((c) => c.sheet))).toEqual(new Set(["Health History"]));

    book.setCell("Accounts", 1, 1, 300); // A-101's usage drops: its score falls.
    const second = await takeSnapshot(host, "Health Score", recorder(), () => SECOND);
    const t2 = localSerialMinute(SECOND);
    expect(second).toEqual({ ok: true, rows: 6, timestamp: t2 });
    expect(book.values("Health History", "A8:B8")).toEqual([[t2, "A-101"]]);
    expect(book.values("Health History", "F2:H3")).toEqual([
      [t1, 2, 6],
      [t2, 8, 6],
    ]);
    expect(book.values("Health History", "A2:C2")[0][0]).toBe(t1); // earlier rows untouched
    expect(book.values("Health Score", "M2")[0][0]).toBe("→ Stable");
  });

  test("reads a sheet built while the table had raw-value columns by its layout then", async () => {
    const { host, book } = await built(SNAPSHOTS);
    // That sheet as an earlier version laid it out: 3 raw-value columns B–D, everything else
    // (table, panel, helpers) 3 columns further right. Its values stay what they were.
    const values = book.values("Health Score", "A1:BZ60");
    const points = values.slice(1, 7).map((row) => row.slice(4, 7));
    const scores = values.slice(1, 7).map((row) => row[7]);
    values.forEach((row, r) =>
      row.forEach((_, c) => {
        const from = c - 3;
        const value = c === 0 ? row[0] : c < 4 ? (r === 0 ? `Metric ${c}` : c * 10) : row[from];
        book.setCell("Health Score", r, c, value === "" ? null : value);
      })
    );
    expect(book.values("Health Score", "K1")).toEqual([["Score"]]);
    const result = await takeSnapshot(host, "Health Score", recorder(), () => FIRST);
    expect(result).toMatchObject({ ok: true, rows: 6 });
    expect(book.values("Health History", "C2:C7").map(([v]) => v)).toEqual(scores);
    expect(book.values("Health History", "J1:L1")).toEqual([
      ["Usage minutes", "Support tickets", "NPS"],
    ]);
    expect(book.values("Health History", "J2:L7")).toEqual(points);
  });

  test("text ids that look like numbers stay text", async () => {
    const sheet = {
      name: "Accounts",
      rows: [
        ["id", "Usage"],
        ["00123", 5],
        ["TRUE", 7],
        [42, 9],
      ],
    };
    const config: HealthScoreConfig = {
      version: 1,
      ids: { range: "Accounts!A1:A4" },
      metrics: [{ range: "Accounts!B1:B4" }],
      trendSource: "snapshots",
    };
    const { host, book } = fakeWith([sheet]);
    await writePlan(host, planFor(config, [sheet], book.sheetNames), { mode: "new" }, recorder());
    await takeSnapshot(host, "Health Score", recorder(), () => FIRST);
    expect(book.values("Health History", "B2:B4").map(([v]) => v)).toEqual(["00123", "TRUE", 42]);
    expect(book.unsupported).toEqual([]);
  });

  test.each([
    [
      "no numeric score",
      (book: ReturnType<typeof fakeWith>["book"]) => {
        for (let r = 1; r <= 6; r++)
          for (let c = 1; c <= 3; c++) book.setCell("Accounts", r, c, "x");
      },
      "Health Score has no numeric score to record.",
    ],
    [
      "no paired history sheet",
      (book: ReturnType<typeof fakeWith>["book"]) => book.deleteSheet("Health History"),
      "Health Score has no paired history sheet: rebuild it with trend source Snapshots.",
    ],
    [
      "history rows past 1,048,576",
      (book: ReturnType<typeof fakeWith>["book"]) =>
        book.setCell("Health History", 1_048_572, 1, "x"),
      "The history sheet Health History has room for 3 more rows; this snapshot needs 6.",
    ],
  ])("refuses with %s, writing nothing", async (_, arrange, message) => {
    const { host, book } = await built(SNAPSHOTS);
    arrange(book);
    const before = book.snapshot();
    expect(await takeSnapshot(host, "Health Score", recorder(), () => FIRST)).toEqual({
      ok: false,
      message,
    });
    expect(book.diff(before)).toEqual([]);
  });

  test("refuses a sheet that is not an add-in score sheet, and a score sheet without history", async () => {
    const { host } = await built(MINMAX_CONFIG);
    expect(await takeSnapshot(host, "Accounts", recorder())).toEqual({
      ok: false,
      message: "Accounts is not an add-in health-score sheet.",
    });
    expect(await takeSnapshot(host, "Health Score", recorder())).toMatchObject({ ok: false });
  });

  test("Cancel while reading writes nothing", async () => {
    const { host, book } = await built(SNAPSHOTS);
    const before = book.snapshot();
    const outcome = await takeSnapshot(host, "Health Score", recorder(0));
    expect(outcome).toEqual({
      ok: false,
      message: "The snapshot was cancelled; nothing was written.",
    });
    expect(book.diff(before)).toEqual([]);
  });
});
