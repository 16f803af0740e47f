/** planSnapshot (spec §6): which rows a Snapshot appends, where, and when it refuses. */
import { SHEET_ROWS, planSnapshot } from "../../src/health-score/snapshot";
import { localSerialMinute } from "../../src/health-score/local-time";

const T = 46351.5;
const EMPTY = { lastRowAC: 1, lastRowFH: 1 };

describe("planSnapshot", () => {
  test("keeps accounts with a numeric score in table order, below the header", () => {
    const plan = planSnapshot({
      ids: ["A-1", "A-2", 7, "A-4", { error: "#N/A" }],
      scores: [93.5, "", 0, 12, 50],
      history: EMPTY,
      timestamp: T,
    });
    expect(plan).toEqual({
      ok: true,
      firstRow: 2,
      rows: [
        [T, "A-1", 93.5],
        [T, 7, 0],
        [T, "A-4", 12],
      ],
      indexRow: 2,
      index: [T, 2, 3],
    });
  });

  test("a second snapshot goes below the last used rows of A:C and F:H", () => {
    const plan = planSnapshot({
      ids: ["A", "B"],
      scores: [1, 2],
      history: { lastRowAC: 4, lastRowFH: 2 },
      timestamp: T + 1,
    });
    expect(plan).toMatchObject({ ok: true, firstRow: 5, indexRow: 3, index: [T + 1, 5, 2] });
  });

  test("an empty sheet (header missing) still starts in row 2", () => {
    const plan = planSnapshot({
      ids: ["A"],
      scores: [1],
      history: { lastRowAC: 0, lastRowFH: 0 },
      timestamp: T,
    });
    expect(plan).toMatchObject({ firstRow: 2, indexRow: 2 });
  });

  test.each([
    ["no paired history sheet", { ids: ["A"], scores: [1] }, { reason: "noHistory" }],
    [
      "no numeric score",
      { ids: ["A", "B"], scores: ["", "x"], history: EMPTY },
      { reason: "noScores" },
    ],
    ["no rows at all", { ids: [], scores: [], history: EMPTY }, { reason: "noScores" }],
  ])("refuses with %s", (_, input, expected) =>
    expect(planSnapshot({ timestamp: T, ...input })).toEqual({ ok: false, ...expected })
  );

  test("refuses rows that would pass row 1,048,576, and fits exactly up to it", () => {
    const two = { ids: ["A", "B"], scores: [1, 2], timestamp: T };
    expect(planSnapshot({ ...two, history: { lastRowAC: SHEET_ROWS - 1, lastRowFH: 5 } })).toEqual({
      ok: false,
      reason: "full",
      needed: 2,
      free: 1,
    });
    expect(
      planSnapshot({ ...two, history: { lastRowAC: SHEET_ROWS - 2, lastRowFH: 5 } })
    ).toMatchObject({ ok: true, firstRow: SHEET_ROWS - 1 });
    expect(
      planSnapshot({ ...two, history: { lastRowAC: 3, lastRowFH: SHEET_ROWS } })
    ).toMatchObject({ ok: false, reason: "full" });
  });
});

describe("localSerialMinute", () => {
  test("is local wall-clock time as an Excel serial, truncated to the minute", () => {
    const date = new Date(2026, 5, 15, 13, 45, 59, 999);
    const serial = localSerialMinute(date);
    // 2026-06-15 is serial 46188; 13:45 is 825 minutes into the day.
    expect(serial).toBeCloseTo(46188 + 825 / 1440, 10);
    expect(Math.round((serial - 46188) * 1440)).toBe(825);
    expect(localSerialMinute(new Date(2026, 5, 15, 13, 45, 0))).toBe(serial);
  });
});
