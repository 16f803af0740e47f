/** Problem → step and control to focus, and which steps and buttons the pane offers. */
import { Problem, ProblemCode, Role } from "../../src/health-score";
import { Availability, availability } from "../../src/wizard/availability";
import { ProblemTarget, problemTarget } from "../../src/wizard/controls";
import { WizardState, emptyState, setPick } from "../../src/wizard/state";

const problem = (code: ProblemCode, role: Role): Problem => ({
  code,
  severity: code.startsWith("E") ? "error" : "warning",
  role,
  roleLabel: "",
  message: "",
  params: {},
});

const M1 = { kind: "metric", index: 1 } as const;

test.each<[ProblemCode, Role, ProblemTarget]>([
  ["E01", { kind: "ids" }, { step: 1, control: "cs-ids-pick" }],
  ["E10", { kind: "ids" }, { step: 1, control: "cs-ids-pick" }],
  ["E02", { kind: "settings" }, { step: 1, control: "cs-add-metric" }],
  ["E03", { kind: "settings" }, { step: 1, control: "cs-add-metric" }],
  ["E08", M1, { step: 1, control: "cs-m7-pick" }],
  ["E12", M1, { step: 1, control: "cs-m7-pick" }],
  ["W03", M1, { step: 1, control: "cs-m7-pick" }],
  ["E13", M1, { step: 2, control: "cs-m7-weight" }],
  ["E14", M1, { step: 2, control: "cs-m7-bad" }],
  ["E15", M1, { step: 2, control: "cs-m7-name" }],
  ["E16", { kind: "settings" }, { step: 3, control: "cs-red" }],
  ["E17", { kind: "settings" }, { step: 3, control: "cs-trend-threshold" }],
  ["W04", { kind: "previousScore" }, { step: 1, control: "cs-previousScore-pick" }],
  ["W05", { kind: "revenue" }, { step: 1, control: "cs-revenue-pick" }],
  ["E20", { kind: "workbook" }, { step: 4, control: "cs-build" }],
  ["E21", { kind: "workbook" }, { step: 4, control: "cs-build" }],
])("%s on %j → %j", (code, role, expected) => {
  // config metric 1 is the pane's metric key 7 (keys survive reordering and removals)
  expect(problemTarget(problem(code, role), [4, 7])).toEqual(expected);
});

const complete: WizardState = setPick(
  setPick(emptyState("en"), "ids", { address: "A!A1:A7", header: "auto" }),
  { metric: 0 },
  { address: "A!B1:B7", header: "auto" }
);
const withPrevious = setPick(complete, "previousScore", { address: "A!E1:E7", header: "auto" });

const T = true;
const F = false;
/** steps 1–4, build new, rebuild, snapshot, cancel */
const offer = (s: boolean[], b: boolean, r: boolean, sn: boolean, c: boolean): Availability => ({
  steps: { 1: s[0], 2: s[1], 3: s[2], 4: s[3] },
  buildNew: b,
  rebuild: r,
  snapshot: sn,
  cancel: c,
});

test.each<[string, Parameters<typeof availability>[0], Availability]>([
  [
    "empty wizard",
    { state: emptyState("en"), apiSupported: T, running: F, hasErrors: F },
    offer([T, F, F, F], F, F, F, F),
  ],
  [
    "ids only",
    {
      state: setPick(emptyState("en"), "ids", { address: "A!A1:A7", header: "auto" }),
      apiSupported: T,
      running: F,
      hasErrors: F,
    },
    offer([T, F, F, F], F, F, F, F),
  ],
  [
    "ids and a metric, new sheet",
    { state: complete, apiSupported: T, running: F, hasErrors: F },
    offer([T, T, T, T], T, F, F, F),
  ],
  [
    "an error stands: steps open, nothing to write",
    { state: complete, apiSupported: T, running: F, hasErrors: T, ownedSheet: "HS" },
    offer([T, T, T, T], F, F, T, F),
  ],
  [
    "editing an owned sheet with snapshots",
    { state: complete, apiSupported: T, running: F, hasErrors: F, ownedSheet: "HS" },
    offer([T, T, T, T], T, T, T, F),
  ],
  [
    "trend from a column: no snapshot",
    { state: withPrevious, apiSupported: T, running: F, hasErrors: F, ownedSheet: "HS" },
    offer([T, T, T, T], T, T, F, F),
  ],
  [
    "running: only Cancel",
    { state: complete, apiSupported: T, running: T, hasErrors: F, ownedSheet: "HS" },
    offer([F, F, F, F], F, F, F, T),
  ],
  [
    "no ExcelApi 1.9: nothing",
    { state: complete, apiSupported: F, running: F, hasErrors: F, ownedSheet: "HS" },
    offer([F, F, F, F], F, F, F, F),
  ],
])("%s", (_title, situation, expected) => {
  expect(availability(situation)).toEqual(expected);
});
