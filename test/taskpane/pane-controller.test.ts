/**
 * The pane's controller without a browser: the real Office.js edge on the fake workbook (§13.1's
 * sheet with §15's outcome in G) and a UI that records what it is told. Picks, checks, Build with
 * its back-test sentence, the stale-run guard, Cancel, Snapshot and every failure's message.
 */
import { officeWorkbook } from "../../src/excel/office-workbook";
import { Progress, WorkbookPort } from "../../src/wizard/workbook-port";
import { PaneLanguage, loadPaneLanguage } from "../../src/taskpane/locales";
import {
  Announcement,
  PaneController,
  PaneUi,
  paneController,
} from "../../src/taskpane/pane-controller";
import { fakeWith } from "../excel/fake-support";
import { OUTCOME_SHEET } from "../health-score/fixtures";

/** `{name}` placeholders the UI would isolate, filled as the reader hears them. */
const heard = (a: Announcement) => a.text.replace(/\{(\w+)\}/g, (m, k) => a.isolate?.[k] ?? m);

function recordingUi() {
  const log = {
    said: [] as string[],
    verdicts: [] as (string | undefined)[],
    focus: [] as string[],
  };
  const counts = { render: 0, problems: 0, shares: 0, progressDone: 0 };
  const ui: PaneUi = {
    render: () => counts.render++,
    renderProblems: () => counts.problems++,
    refreshShares: () => counts.shares++,
    say: (a) => log.said.push(heard(a)),
    verdict: (sentence) => log.verdicts.push(sentence),
    progress: (cancelled): Progress => ({ report: () => undefined, cancelled }),
    progressDone: () => counts.progressDone++,
    focus: (id) => log.focus.push(id),
  };
  return { ui, log, counts };
}

let en: PaneLanguage;
beforeAll(async () => {
  en = await loadPaneLanguage("en-US");
});

/** A controller over the edge on the fake; `change` swaps port methods (slow, failing ones). */
function setUp(change: (port: WorkbookPort) => Partial<WorkbookPort> = () => ({})) {
  const fake = fakeWith([OUTCOME_SHEET]);
  const edge = officeWorkbook(fake.host);
  const port: WorkbookPort = { ...edge, ...change(edge) };
  const { ui, log, counts } = recordingUi();
  let ids = 0;
  const act = paneController(port, en, () => `00000000000${ids++}`, ui);
  return { fake, act, log, counts };
}

async function pickAll(fake: ReturnType<typeof fakeWith>, act: PaneController) {
  const picks = [
    ["ids", "A1:A7"],
    [{ metric: 0 }, "B1:B7"],
    ["outcome", "G1:G7"],
  ] as const;
  for (const [role, address] of picks) {
    fake.book.select("Accounts", address);
    await act.pick(role);
  }
}

test("opening an empty workbook checks nothing and shows no problem", async () => {
  const { act, log, counts } = setUp();
  await act.open();
  expect(act.state.lastCheck).toBeUndefined();
  expect(act.state.step).toBe(1);
  expect(counts.problems).toBeGreaterThan(0);
  expect(log.said).toEqual([]);
});

test("picks are remembered and checked: six accounts, W11 for three churned and two retained", async () => {
  const { fake, act } = setUp();
  await act.open();
  await pickAll(fake, act);
  const { wizard, lastCheck } = act.state;
  expect(wizard.ids).toEqual({ address: "Accounts!A1:A7", header: "auto" });
  expect(wizard.outcome?.address).toBe("Accounts!G1:G7");
  expect(lastCheck?.plan?.accounts).toBe(6);
  expect(lastCheck?.problems.map((p) => p.code)).toEqual(["W11"]);
});

test("Build new: announced, the built sheet is edited from then on, back-test sentence", async () => {
  const { fake, act, log } = setUp();
  await act.open();
  await pickAll(fake, act);
  log.said.length = 0;
  await act.run("new");
  expect(log.said).toEqual(["Checking the ranges…", "Built Health Score: 6 accounts, 1 metric"]);
  expect(act.state.editing?.name).toBe("Health Score");
  expect(act.state.running).toBe(false);
  // Usage alone: A-103 has no usage, so no score, and drops out; of A-101…A-106's 0 1 0 1 1 0
  // that leaves churned and retained: too few to judge.
  expect(log.verdicts).toEqual([
    undefined,
    "Back-test: too few outcomes to judge (3 churned and 2 retained accounts known; at least 10 of each are needed).",
  ]);
  expect(log.focus).toEqual(["cs-cancel", "cs-build"]);
});

test("a slow check that ends after a newer one is dropped (stale-run guard)", async () => {
  let release: () => void = () => undefined;
  let calls = 0;
  const { fake, act } = setUp((edge) => ({
    sources: async (config, options) => {
      if (calls++ === 0) await new Promise<void>((resolve) => (release = resolve));
      return edge.sources(config, options);
    },
  }));
  fake.book.select("Accounts", "A1:A7");
  const slow = act.pick("ids"); // first check waits
  await new Promise((resolve) => setTimeout(resolve, 0));
  fake.book.select("Accounts", "A1:A6");
  await act.pick("ids"); // the newer check, on A1:A6, ends first
  expect(act.state.lastCheck?.sources.ranges.has("Accounts!A1:A6")).toBe(true);
  release();
  await slow;
  expect(act.state.wizard.ids?.address).toBe("Accounts!A1:A6");
  expect(act.state.lastCheck?.sources.ranges.has("Accounts!A1:A7")).toBe(false);
});

test("Cancel reaches the write under way through its progress", async () => {
  let act: PaneController | undefined;
  const set = setUp(() => ({
    write: async (_plan, _target, progress) => {
      act?.cancel();
      return progress.cancelled()
        ? { ok: false, reason: "cancelled", message: "" }
        : { ok: false, reason: "failed", message: "not cancelled" };
    },
  }));
  act = set.act;
  await act.open();
  await pickAll(set.fake, act);
  await act.run("new");
  expect(set.log.said.at(-1)).toBe("Cancelled. Nothing was kept.");
  expect(set.log.verdicts).toEqual([undefined]);
});

test("Snapshot of the edited sheet is announced with its row count", async () => {
  const { fake, act, log } = setUp(() => ({
    snapshot: async () => ({ ok: true, rows: 6, timestamp: 0 }),
  }));
  await act.open();
  await pickAll(fake, act);
  await act.run("new");
  await act.run("snapshot");
  expect(log.said.slice(-2)).toEqual(["Saving the snapshot…", "Snapshot saved: 6 accounts."]);
  expect(log.focus.at(-1)).toBe("cs-snapshot");
});

const boom = () => Promise.reject(new Error("boom"));

test.each<[string, (edge: WorkbookPort) => Partial<WorkbookPort>, string]>([
  ["selection", () => ({ selection: boom }), "The selection could not be read: boom"],
  ["check", () => ({ sources: boom }), "The chosen ranges could not be read: boom"],
  [
    "save",
    () => ({ saveState: boom }),
    "The pane's settings could not be saved in the workbook: boom",
  ],
])("a failed %s is said in the pane's words", async (_name, change, message) => {
  const { fake, act, log } = setUp(change);
  fake.book.select("Accounts", "A1:A7");
  await act.pick("ids");
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(log.said).toContain(message);
});

test("a write that throws is said as a failed build, and the pane runs again", async () => {
  const { fake, act, log } = setUp(() => ({ write: boom }));
  await act.open();
  await pickAll(fake, act);
  await act.run("new");
  expect(log.said.at(-1)).toBe("The sheet could not be written: boom");
  expect(act.state.running).toBe(false);
});

test.each<[string, Partial<WorkbookPort>, "new" | "snapshot", string]>([
  [
    "a write the edge refused",
    { write: async () => ({ ok: false, reason: "failed", message: "Sheet protected" }) },
    "new",
    "The sheet could not be written: Sheet protected",
  ],
  [
    "a snapshot the edge refused",
    { snapshot: async () => ({ ok: false, message: "History sheet protected" }) },
    "snapshot",
    "No snapshot was saved: History sheet protected",
  ],
])("%s is said through the same failure message", async (_name, change, kind, message) => {
  const { fake, act, log } = setUp(() => change);
  await act.open();
  await pickAll(fake, act);
  if (kind === "snapshot") await act.run("new");
  await act.run(kind);
  expect(log.said.at(-1)).toBe(message);
});
