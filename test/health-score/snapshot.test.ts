/**
 * planSnapshot (spec §6, §14): which cells a Snapshot writes, where each metric's points go, and
 * when it refuses; and how the edge finds the score sheet's layout and metric names.
 */
import {
  SHEET_ROWS,
  currentMetricNames,
  tableLayout,
  planSnapshot,
  scoreSheetIdentity,
} from "../../src/health-score/snapshot";
import { localSerialMinute } from "../../src/health-score/local-time";

const T = 46351.5;

const F = "yyyy-mm-dd hh:mm";
const EMPTY = { lastRowAC: 1, lastRowFH: 1, pointsHeader: [] };
const NO_POINTS = { points: [], metricNames: [] };
const rect = (top: number, left: number, bottom: number, right: number) => ({
  top,
  left,
  bottom,
  right,
});

describe("planSnapshot", () => {
  test("keeps accounts with a numeric score in table order, below the header", () => {
    const plan = planSnapshot({
      ids: ["A-1", "A-2", 7, "A-4", { error: "#N/A" }],
      scores: [93.5, "", 0, 12, 50],
      points: [[93.5], [""], [0], [""], [50]],
      metricNames: ["Usage"],
      history: EMPTY,
      timestamp: T,
    });
    expect(plan).toEqual({
      ok: true,
      rows: 3,
      writes: [
        {
          rect: rect(2, 1, 4, 3),
          values: [
            [T, "A-1", 93.5],
            [T, 7, 0],
            [T, "A-4", 12],
          ],
        },
        { rect: rect(2, 1, 4, 1), numberFormat: F },
        // Points from J, a blank left blank; the new name heads J.
        { rect: rect(2, 10, 4, 10), values: [[93.5], [0], [null]] },
        { rect: rect(1, 10, 1, 10), values: [["Usage"]] },
        { rect: rect(2, 6, 2, 8), values: [[T, 2, 3]] },
        { rect: rect(2, 6, 2, 6), numberFormat: F },
      ],
    });
  });

  const pointsWrites = (metricNames: string[], pointsHeader: string[]) => {
    const plan = planSnapshot({
      ids: ["A"],
      scores: [60],
      points: [metricNames.map((_, k) => 10 * (k + 1))],
      metricNames,
      history: { lastRowAC: 7, lastRowFH: 3, pointsHeader },
      timestamp: T,
    });
    if (!plan.ok) throw new Error(plan.reason);
    return plan.writes.filter((w) => "values" in w && w.rect.left >= 10);
  };

  test.each([
    [
      "the same metrics reuse their columns, whatever their order (and case)",
      ["NPS", "usage"],
      ["Usage", "NPS"],
      [{ rect: rect(8, 10, 8, 11), values: [[20, 10]] }],
    ],
    [
      "a renamed metric gets the next free column; its old column stays blank",
      ["Usage", "Net promoter"],
      ["Usage", "NPS"],
      [
        { rect: rect(8, 10, 8, 10), values: [[10]] },
        { rect: rect(8, 12, 8, 12), values: [[20]] },
        { rect: rect(1, 12, 1, 12), values: [["Net promoter"]] },
      ],
    ],
    [
      "an added metric gets a column after the last used one, past a blank header",
      ["Usage", "NPS", "Tickets"],
      ["Usage", "", "NPS"],
      [
        { rect: rect(8, 10, 8, 10), values: [[10]] },
        { rect: rect(8, 12, 8, 13), values: [[20, 30]] },
        { rect: rect(1, 13, 1, 13), values: [["Tickets"]] },
      ],
    ],
    [
      "a removed metric's column is left blank",
      ["NPS"],
      ["Usage", "NPS"],
      [{ rect: rect(8, 11, 8, 11), values: [[10]] }],
    ],
    [
      "a name heading two columns uses the first; two metrics of one name share a column",
      ["NPS", "nps"],
      ["NPS", "NPS"],
      [{ rect: rect(8, 10, 8, 10), values: [[10]] }],
    ],
    ["a blank name records no points", ["", "  "], [], []],
  ])("%s", (_, names, header, expected) => expect(pointsWrites(names, header)).toEqual(expected));

  test("a second snapshot goes below the last used rows of A:C and F:H", () => {
    const plan = planSnapshot({
      ids: ["A", "B"],
      scores: [1, 2],
      ...NO_POINTS,
      history: { ...EMPTY, lastRowAC: 4, lastRowFH: 2 },
      timestamp: T + 1,
    });
    expect(plan).toMatchObject({
      ok: true,
      writes: [
        { rect: rect(5, 1, 6, 3) },
        { rect: rect(5, 1, 6, 1) },
        { rect: rect(3, 6, 3, 8), values: [[T + 1, 5, 2]] },
        { rect: rect(3, 6, 3, 6) },
      ],
    });
  });

  test("an empty sheet (header missing) still starts in row 2", () => {
    const plan = planSnapshot({
      ids: ["A"],
      scores: [1],
      ...NO_POINTS,
      history: { lastRowAC: 0, lastRowFH: 0, pointsHeader: [] },
      timestamp: T,
    });
    expect(plan).toMatchObject({
      writes: [{ rect: rect(2, 1, 2, 3) }, {}, { rect: rect(2, 6, 2, 8) }, {}],
    });
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
    expect(planSnapshot({ timestamp: T, ...NO_POINTS, ...input })).toEqual({
      ok: false,
      ...expected,
    })
  );

  test("refuses rows that would pass row 1,048,576, and fits exactly up to it", () => {
    const two = { ids: ["A", "B"], scores: [1, 2], timestamp: T, ...NO_POINTS };
    const history = (lastRowAC: number, lastRowFH: number) => ({ ...EMPTY, lastRowAC, lastRowFH });
    expect(planSnapshot({ ...two, history: history(SHEET_ROWS - 1, 5) })).toEqual({
      ok: false,
      reason: "full",
      needed: 2,
      free: 1,
    });
    const fits = planSnapshot({ ...two, history: history(SHEET_ROWS - 2, 5) });
    expect(fits.ok && fits.writes[0].rect).toEqual(rect(SHEET_ROWS - 1, 1, SHEET_ROWS, 3));
    expect(planSnapshot({ ...two, history: history(3, SHEET_ROWS) })).toMatchObject({
      ok: false,
      reason: "full",
    });
  });

  test("refuses a new name when J:AMJ are all headed, and reuses a name that heads AMJ", () => {
    // J (10) to AMJ (1024): 1,015 columns.
    const header = Array.from({ length: 1015 }, (_, i) => `m${i}`);
    const input = (name: string) => ({
      ids: ["A"],
      scores: [5],
      points: [[5]],
      metricNames: [name],
      history: { ...EMPTY, pointsHeader: header },
      timestamp: T,
    });
    expect(planSnapshot(input("new"))).toEqual({ ok: false, reason: "noColumns" });
    expect(planSnapshot(input("m1014"))).toMatchObject({
      ok: true,
      writes: [{}, {}, { rect: rect(2, 1024, 2, 1024), values: [[5]] }, {}, {}],
    });
  });
});

describe("currentMetricNames and scoreSheetIdentity", () => {
  const owner = '="cs-metrics:health-score:v1:0123456789ab"';
  const identity = (headers: string) => scoreSheetIdentity(owner, `="${headers}"`);

  test("reads the layout with snapshots from the header flags (revenue moves the panel)", () => {
    const id = identity("ids=1;m1=1;m2=1;m3=1;rev=1;locale=ro");
    // 3 metrics: points E:G, Score H, … Points change O, revenue P; labels R (18). Built with
    // raw-value columns: all 3 columns right, labels U (21). Before Main and Points change: 2
    // columns left of each, P (16) and S (19).
    expect(id).toMatchObject({ buildId: "0123456789ab", locale: "ro" });
    expect(id?.panelLabels).toEqual([18, 21, 16, 19]);
    expect(id?.layouts.map((l) => [l.points(0), l.score])).toEqual([
      [5, 8],
      [8, 11],
    ]);
    expect(identity("ids=1;m1=1;locale=en")?.panelLabels).toEqual([13, 14, 11, 12]);
  });

  test("the table's layout is the one whose score column is headed Score", () => {
    const id = identity("ids=1;m1=1;m2=1;locale=ro")!;
    const header = (at: number) => {
      const values: (string | null)[] = Array(25).fill("Utilizare");
      values[at - 1] = "Scor";
      return values;
    };
    const [now, raw] = id.layouts;
    expect(tableLayout(id, header(now.score))).toBe(now);
    expect(tableLayout(id, header(raw.score))).toBe(raw);
    expect(tableLayout(id, Array(25).fill(null))).toBe(now);
  });

  test.each([
    ["no metric", "ids=1;locale=en"],
    ["an unknown locale", "ids=1;m1=1;locale=xx"],
  ])("is undefined with %s", (_, headers) => expect(identity(headers)).toBeUndefined());

  test("names sit right of the label that says Metric in the sheet's language", () => {
    const id = identity("ids=1;m1=1;m2=1;locale=ro")!;
    const row = (at: number) => {
      const values: (string | null)[] = Array(25).fill(null);
      values[at - 1] = "Indicator";
      values[at] = "Usage";
      values[at + 1] = "NPS";
      return values;
    };
    for (const labels of id.panelLabels)
      expect(currentMetricNames(id, row(labels))).toEqual(["Usage", "NPS"]);
    expect(currentMetricNames(id, Array(25).fill(null))).toEqual([]);
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
