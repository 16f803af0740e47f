/** What each role shows: header flag by the §2 rule or the user's choice, header text, data rows. */
import { ResolvedRange, SourceValue } from "../../src/health-score";
import { defaultMetricName, roleSummaries } from "../../src/wizard/role-summary";
import { WizardState, addMetric, configOf, emptyState, setPick } from "../../src/wizard/state";

const range = (sheet: string, top: number, values: SourceValue[], wholeColumn = false) => ({
  sheet,
  top,
  left: 1,
  rows: values.length,
  columns: 1,
  areas: 1,
  values,
  wholeColumn,
});

const RANGES = new Map<string, ResolvedRange>([
  ["A!A1:A4", range("A", 1, ["id", "x", "y", "z"])],
  ["A!B1:B4", range("A", 1, [" Usage ", 1, "n/a", 3])],
  ["A!C1:C4", range("A", 1, ["Tickets", "a", "b", 4])], // half numbers? 1 of 3: no header
  ["B!A5:A8", range("B", 5, ["NPS", 9, 8, 7])],
  ["A!A:A", range("A", 1, ["id", 1, 2, null, null], true)],
  ["A!D:D", range("A", 1, ["Seats", 5, 6, 7, 8], true)],
  ["Gone!A1:A4", "deleted"],
]);
const lookup = (a: string) => RANGES.get(a);

function withPicks(picks: [number | "ids", string, boolean | "auto"][]): WizardState {
  let s = emptyState("en");
  for (const [role, address, header] of picks) {
    if (role !== "ids" && !s.metrics.some((m) => m.key === role)) s = addMetric(s);
    s = setPick(s, role === "ids" ? "ids" : { metric: role }, { address, header });
  }
  return s;
}

test.each<[string, [number | "ids", string, boolean | "auto"][], string, object | undefined]>([
  [
    "metric with text header and numbers below",
    [[0, "A!B1:B4", "auto"]],
    "m0",
    { detectedHeader: true, header: true, headerText: "Usage", dataRows: 3 },
  ],
  [
    "metric with mostly text below: no header",
    [[0, "A!C1:C4", "auto"]],
    "m0",
    { detectedHeader: false, header: false, headerText: undefined, dataRows: 4 },
  ],
  [
    "the user's choice wins over the rule",
    [[0, "A!C1:C4", true]],
    "m0",
    { detectedHeader: false, header: true, headerText: "Tickets", dataRows: 3 },
  ],
  [
    "text ids aligned with a first metric that has a header: header",
    [
      ["ids", "A!A1:A4", "auto"],
      [0, "A!B1:B4", "auto"],
    ],
    "ids",
    { detectedHeader: true, header: true, headerText: "id", dataRows: 3 },
  ],
  [
    "text ids, first metric on another sheet row: no header",
    [
      ["ids", "A!A1:A4", "auto"],
      [0, "B!A5:A8", "auto"],
    ],
    "ids",
    { detectedHeader: false, header: false, headerText: undefined, dataRows: 4 },
  ],
  [
    "whole-column ids lose trailing blanks; a whole-column metric follows",
    [
      ["ids", "A!A:A", "auto"],
      [0, "A!D:D", "auto"],
    ],
    "m0",
    { detectedHeader: true, header: true, headerText: "Seats", dataRows: 2 },
  ],
  [
    "a deleted range",
    [[0, "Gone!A1:A4", "auto"]],
    "m0",
    { deleted: true, header: false, dataRows: 0 },
  ],
  ["a range not read yet is absent", [[0, "A!Z1:Z9", "auto"]], "m0", undefined],
])("%s", (_title, picks, role, expected) => {
  const summaries = roleSummaries(configOf(withPicks(picks)), lookup);
  if (expected === undefined) expect(summaries.has(role)).toBe(false);
  else expect(summaries.get(role)).toMatchObject(expected);
});

test("metric keys follow the pane, not the config position", () => {
  let s = withPicks([[0, "A!B1:B4", "auto"]]);
  s = addMetric(addMetric(s)); // keys 1 (empty), 2
  s = setPick(s, { metric: 2 }, { address: "B!A5:A8", header: "auto" });
  const summaries = roleSummaries(configOf(s), lookup);
  expect([...summaries.keys()]).toEqual(["m0", "m2"]);
  expect(summaries.get("m2")?.headerText).toBe("NPS");
});

test.each<[string, number, string]>([
  ["en", 0, "Usage"],
  ["en", 1, "Metric 2"], // no range: its place in the pane
  ["en", 2, "Metric 2"], // range without header: second metric with a range
  ["zh-CN", 2, "指标 2"],
  ["ro", 2, "Indicator 2"],
])("default name (%s) of metric key %d is %j", (locale, key, expected) => {
  let s = withPicks([[0, "A!B1:B4", "auto"]]);
  s = { ...addMetric(addMetric(s)), locale: locale as WizardState["locale"] };
  s = setPick(s, { metric: 2 }, { address: "A!C1:C4", header: "auto" });
  expect(defaultMetricName(s, key, roleSummaries(configOf(s), lookup))).toBe(expected);
});
