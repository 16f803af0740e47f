/** The CSMetrics_Originals record: rows written, parsed back, and what Restore does per entry. */
import {
  RECORD_HEADER,
  RecordEntry,
  entriesOf,
  isRecordHeader,
  parseRecord,
  recordRow,
  restoreState,
} from "../../src/share/originals-record";
import { planCell } from "../../src/share/share-plan";

const DATE = "2026-12-03T19:00:00.000Z";

describe("record rows", () => {
  const native = planCell(
    "Q1 data",
    { row: 9, column: 27, formula: "=ROUND(CS.NPS(B2:B9),0)", value: 20 },
    false
  )!;
  const frozen = planCell(
    "Data",
    { row: 0, column: 0, formula: "=CS.TTV(A2:A9,B2:B9)", value: 12 },
    false
  )!;
  const entries = [
    ...entriesOf(
      native.writes.map((w) => ({ ...w, rule: "native" as const })),
      DATE
    ),
    ...entriesOf(
      frozen.writes.map((w) => ({ ...w, rule: "value" as const })),
      DATE
    ),
  ];

  it("hold sheet, address, original formula, rule, what was written (JSON) and the date", () => {
    expect(entries.map(recordRow)).toEqual([
      [
        "Q1 data",
        "AB10",
        "=ROUND(CS.NPS(B2:B9),0)",
        "native",
        JSON.stringify(native.outcome.after && `=${native.outcome.after}`),
        DATE,
      ],
      ["Data", "A1", "=CS.TTV(A2:A9,B2:B9)", "value", "12", DATE],
    ]);
  });

  it("parse back to the same entries, byte for byte", () => {
    const rows = [[...RECORD_HEADER], ...entries.map(recordRow)];
    expect(parseRecord(rows)).toEqual({ entries, unreadable: [] });
    expect(isRecordHeader(rows[0])).toBe(true);
    expect(isRecordHeader(["Something else"])).toBe(false);
  });

  test.each([
    ["an unknown rule", ["Data", "A1", "=CS.NPS(B2:B9)", "kept", "1", DATE]],
    ["a bad address", ["Data", "1A", "=CS.NPS(B2:B9)", "native", '"=x"', DATE]],
    ["no sheet", ["", "A1", "=CS.NPS(B2:B9)", "native", '"=x"', DATE]],
    ["unreadable written", ["Data", "A1", "=CS.NPS(B2:B9)", "native", "=x", DATE]],
  ])("a row with %s is listed as unreadable and never acted on", (_what, row) => {
    expect(parseRecord([[...RECORD_HEADER], row, ["", "", "", "", "", ""]])).toEqual({
      entries: [],
      unreadable: [2],
    });
  });
});

describe("restoreState", () => {
  const entry: RecordEntry = {
    sheet: "Data",
    row: 0,
    column: 0,
    original: "=CS.NPS(B2:B9)",
    rule: "native",
    written: '=(COUNTIF(B2:B9,">=9")-COUNTIF(B2:B9,"<=6"))/COUNT(B2:B9)*100',
    date: DATE,
  };
  test.each<[string, unknown, string]>([
    ["as Share left it", entry.written, "restore"],
    ["already back", entry.original, "back"],
    ["edited since", "=1+1", "edited"],
    ["cleared since", "", "edited"],
  ])("%s → %s", (_what, current, state) => expect(restoreState(entry, current)).toBe(state));

  it("a frozen number compares as a number", () => {
    const frozen: RecordEntry = { ...entry, rule: "value", written: 12 };
    expect(restoreState(frozen, 12)).toBe("restore");
    expect(restoreState(frozen, 13)).toBe("edited");
  });
});
