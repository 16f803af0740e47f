/** Wizard state → §10.2 config, typed numbers, metric list edits, and back from a config. */
import {
  WizardState,
  addMetric,
  configOf,
  effectiveTrendSource,
  emptyState,
  moveMetric,
  parseTypedNumber,
  parseWeight,
  removeMetric,
  setPick,
  stateOf,
  updateMetric,
} from "../../src/wizard/state";
import { HealthScoreConfig } from "../../src/health-score";

test.each<[string, number | string]>([
  ["50", 50],
  [" 12.5 ", 12.5],
  ["12,5", 12.5],
  ["١٢٫٥", 12.5], // Arabic-Indic digits, Arabic decimal separator
  ["۴۰", 40], // Persian digits
  ["−3", -3], // minus sign U+2212
  ["1e3", 1000],
  [".5", 0.5],
  ["", ""],
  ["abc", "abc"],
  ["1.2.3", "1.2.3"],
  ["1 000", "1 000"],
])("typed %j is %j", (text, expected) => {
  expect(parseTypedNumber(text)).toBe(expected);
});

test.each<[string, number | string]>([
  ["30%", 30],
  ["30 %", 30],
  ["12,5%", 12.5],
  ["٣٠٪", 30], // Arabic-Indic digits, Arabic percent sign
  ["۴۰٪", 40], // Persian digits
  ["30％", 30], // full-width percent sign (Chinese input)
  ["50", 50],
  ["%", "%"],
  ["30%%", "30%%"],
  ["abc%", "abc%"],
])("typed weight %j is %j (only the shares matter)", (text, expected) => {
  expect(parseWeight(text)).toBe(expected);
});

const picked = (): WizardState => {
  let s = emptyState("en");
  s = setPick(s, "ids", { address: "Accounts!A1:A7", header: "auto" });
  s = setPick(s, { metric: 0 }, { address: "Accounts!B1:B7", header: "auto" });
  s = addMetric(s); // key 1, no range yet
  s = addMetric(s); // key 2
  s = setPick(s, { metric: 2 }, { address: "Accounts!C1:C7", header: false });
  return s;
};

test("the config of a state: defaults, metrics without a range left out, keys mapped back", () => {
  const { config, metricKeys } = configOf(picked());
  expect(config).toEqual({
    version: 1,
    locale: "en",
    ids: { range: "Accounts!A1:A7", header: "auto" },
    metrics: [
      {
        range: "Accounts!B1:B7",
        header: "auto",
        direction: "higher",
        normalisation: "percentile",
        weight: 1,
      },
      {
        range: "Accounts!C1:C7",
        header: false,
        direction: "higher",
        normalisation: "percentile",
        weight: 1,
      },
    ],
    trendSource: "snapshots",
    bands: { red: 40, green: 70 },
    trendThreshold: 10,
  });
  expect(metricKeys).toEqual([0, 2]);
});

test("thresholds: bad and good as numbers, no direction; blank bounds left out; typed text kept", () => {
  let s = updateMetric(picked(), 0, {
    normalisation: "thresholds",
    bad: "10",
    good: "0",
    name: "Tickets",
    weight: "2,5",
  });
  s = updateMetric(s, 2, { normalisation: "thresholds", bad: "", good: "x" });
  const [tickets, other] = configOf(s, "ar").config.metrics ?? [];
  expect(tickets).toEqual({
    range: "Accounts!B1:B7",
    header: "auto",
    name: "Tickets",
    normalisation: "thresholds",
    weight: 2.5,
    bad: 10,
    good: 0,
  });
  expect(other).toEqual({
    range: "Accounts!C1:C7",
    header: false,
    normalisation: "thresholds",
    weight: 1,
    good: "x",
  });
  expect(configOf(s, "ar").config.locale).toBe("ar");
});

test.each<[string, Partial<WizardState>, string]>([
  ["no previous score, no choice", {}, "snapshots"],
  [
    "previous score, no choice",
    { previousScore: { address: "A!E1:E7", header: "auto" } },
    "column",
  ],
  ["column chosen, previous score removed", { trendSource: "column" }, "snapshots"],
  ["none chosen", { trendSource: "none" }, "none"],
  [
    "snapshots chosen with a previous score",
    { trendSource: "snapshots", previousScore: { address: "A!E1:E7", header: "auto" } },
    "snapshots",
  ],
])("trend source: %s → %s", (_title, patch, expected) => {
  expect(effectiveTrendSource({ ...emptyState("en"), ...patch })).toBe(expected);
});

test("add stops at 12 metrics; remove; Alt+↑/↓ move one place and stop at the ends", () => {
  let s = emptyState("en");
  for (let i = 0; i < 15; i++) s = addMetric(s);
  expect(s.metrics.map((m) => m.key)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  s = removeMetric(s, 5);
  expect(s.metrics).toHaveLength(11);
  expect(addMetric(s).metrics.at(-1)?.key).toBe(12);
  const keys = (st: WizardState) => st.metrics.slice(0, 3).map((m) => m.key);
  expect(keys(moveMetric(s, 0, 1))).toEqual([1, 0, 2]);
  expect(keys(moveMetric(s, 1, -1))).toEqual([1, 0, 2]);
  expect(moveMetric(s, 0, -1)).toBe(s);
  expect(moveMetric(s, 11, 1)).toBe(s);
  expect(moveMetric(s, 99, 1)).toBe(s);
});

test("a saved config comes back as the same state, and the same config again", () => {
  const saved: HealthScoreConfig = {
    version: 1,
    locale: "fa",
    sheetName: "Scores",
    ids: { range: "Accounts!A1:A301", header: "auto" },
    metrics: [
      { range: "Accounts!G1:G301", header: true, name: "Usage", direction: "lower", weight: 50 },
      { range: "Accounts!I1:I301", normalisation: "thresholds", bad: 10, good: 0, weight: 20 },
    ],
    previousScore: { range: "Accounts!L1:L301" },
    revenue: null,
    trendSource: "column",
    bands: { red: 30, green: 80 },
    trendThreshold: 5,
  };
  const state = stateOf(saved, "en");
  expect(state.locale).toBe("fa");
  expect(state.metrics.map((m) => [m.key, m.weight, m.bad, m.good, m.direction])).toEqual([
    [0, "50", "", "", "lower"],
    [1, "20", "10", "0", "higher"],
  ]);
  expect(state.nextKey).toBe(2);
  expect(configOf(state).config).toEqual({
    version: 1,
    locale: "fa",
    sheetName: "Scores",
    ids: { range: "Accounts!A1:A301", header: "auto" },
    metrics: [
      {
        range: "Accounts!G1:G301",
        header: true,
        name: "Usage",
        direction: "lower",
        normalisation: "percentile",
        weight: 50,
      },
      {
        range: "Accounts!I1:I301",
        header: "auto",
        normalisation: "thresholds",
        weight: 20,
        bad: 10,
        good: 0,
      },
    ],
    previousScore: { range: "Accounts!L1:L301", header: "auto" },
    trendSource: "column",
    bands: { red: 30, green: 80 },
    trendThreshold: 5,
  });
});

test("an empty saved config gives one empty metric slot in the pane's locale", () => {
  const state = stateOf({ version: 1 }, "ro");
  expect(state.locale).toBe("ro");
  expect(state.metrics).toEqual(emptyState("ro").metrics);
});
