/**
 * The pane's state and its pure transitions, without a browser or a workbook: editing a sheet,
 * opening, building, what Build writes in which language, which problems and buttons show.
 */
import { HealthScoreConfig, SourceRange } from "../../src/health-score";
import { check } from "../../src/wizard/session";
import { setPick, updateMetric } from "../../src/wizard/state";
import { OwnedSheet, WorkbookPort } from "../../src/wizard/workbook-port";
import * as pane from "../../src/taskpane/pane-state";
import { MINMAX_CONFIG, MINMAX_SHEET, memorySources } from "../health-score/fixtures";

const ROMANIAN_SHEET: OwnedSheet = {
  name: "Scor",
  kind: "score",
  buildId: "0123456789ab",
  config: { ...MINMAX_CONFIG, locale: "ro" },
};
const HISTORY: OwnedSheet = { name: "Health History", kind: "history", buildId: "0123456789ab" };
const UNREADABLE: OwnedSheet = { name: "Old", kind: "score", buildId: "aaaaaaaaaaaa" };

const withIds = (s: pane.PaneState) =>
  pane.withWizard(s, setPick(s.wizard, "ids", { address: "Accounts!A1:A7", header: "auto" }));

/** A check of `config` on §13.1's sheet, as the port would give it. */
const checkOf = (config: HealthScoreConfig) =>
  check(
    { sources: async () => memorySources(config, [MINMAX_SHEET]) } as unknown as WorkbookPort,
    config,
    { buildId: "0123456789ab" }
  );

test("a new pane: step 1, an empty wizard in the pane's language, nothing running", () => {
  const s = pane.initialPane("fa");
  expect(s).toMatchObject({ locale: "fa", step: 1, running: false, buildAsked: false });
  expect(s.wizard.locale).toBe("fa");
  expect(pane.nothingChosen(s)).toBe(true);
  expect(pane.nothingChosen(withIds(s))).toBe(false);
});

test("a pick remembers the selected range and leaves the header to detection", () => {
  const range = { values: [["id"], ["A-101"]] } as unknown as SourceRange;
  const s = pane.picked(pane.initialPane("en"), "ids", { address: "Accounts!A1:A2", range });
  expect(s.wizard.ids).toEqual({ address: "Accounts!A1:A2", header: "auto" });
  expect(s.selections.get("Accounts!A1:A2")).toBe(range);
});

describe("opening", () => {
  test("edits the first readable score sheet, in that sheet's language", () => {
    const s = pane.opened(pane.initialPane("en"), [HISTORY, UNREADABLE, ROMANIAN_SHEET], () => {
      throw new Error("the saved state is not read when a sheet can be edited");
    });
    expect(s.ownedSheets.map((o) => o.name)).toEqual(["Old", "Scor"]);
    expect(s.editing?.name).toBe("Scor");
    expect(s.wizard.locale).toBe("ro");
    expect(s.wizard.metrics).toHaveLength(3);
  });

  test("without one, takes the saved state; without that, stays empty", () => {
    const saved = pane.opened(pane.initialPane("en"), [UNREADABLE], () => MINMAX_CONFIG);
    expect(saved.editing).toBeUndefined();
    expect(saved.wizard.ids?.address).toBe("Accounts!A1:A7");
    const empty = pane.opened(pane.initialPane("en"), [], () => undefined);
    expect(empty.wizard).toEqual(pane.initialPane("en").wizard);
  });
});

test("editing another sheet resets the language choice and the last check", async () => {
  const s0 = pane.checked(
    pane.withRebuildLanguage(pane.initialPane("en"), true),
    await checkOf(MINMAX_CONFIG),
    [0, 1, 2]
  );
  const s = pane.editSheet(s0, ROMANIAN_SHEET);
  expect(s).toMatchObject({ rebuildInCurrentLanguage: false, lastCheck: undefined });
  expect(s.wizard.locale).toBe("ro");
  // An unreadable sheet keeps what the user has.
  expect(pane.editSheet(withIds(s0), UNREADABLE).wizard.ids?.address).toBe("Accounts!A1:A7");
});

test("after a build the built sheet is the one edited; an unknown name keeps the current", () => {
  const s = pane.built(pane.initialPane("en"), [HISTORY, ROMANIAN_SHEET], "Scor");
  expect(s.editing?.name).toBe("Scor");
  expect(s.ownedSheets).toEqual([ROMANIAN_SHEET]);
  expect(pane.built(s, [ROMANIAN_SHEET], "Gone").editing?.name).toBe("Scor");
});

describe("what Build writes", () => {
  const editing = pane.editSheet(pane.initialPane("en"), ROMANIAN_SHEET);

  test.each<[string, pane.PaneState, "new" | "rebuild", string, string | undefined]>([
    ["Build new: the pane's language, a new build id", editing, "new", "en", undefined],
    ["Rebuild: the sheet's language and build id", editing, "rebuild", "ro", "0123456789ab"],
    [
      "Rebuild asked in the pane's language",
      pane.withRebuildLanguage(editing, true),
      "rebuild",
      "en",
      "0123456789ab",
    ],
  ])("%s", (_name, s, kind, locale, buildId) => {
    const request = pane.buildRequest(s, kind);
    expect(request.config.locale).toBe(locale);
    expect(request.buildId).toBe(buildId);
    expect(request.target).toEqual(
      kind === "new" ? { mode: "new" } : { mode: "rebuild", sheet: "Scor" }
    );
    expect(request.metricKeys).toEqual([0, 1, 2]);
  });

  test("a check reads with the edited sheet's build id, else the pane's", () => {
    expect(pane.checkOptions(editing, "ffffffffffff")).toEqual({
      buildId: "0123456789ab",
      rebuild: "Scor",
    });
    expect(pane.checkOptions(pane.initialPane("en"), "ffffffffffff")).toEqual({
      buildId: "ffffffffffff",
    });
  });
});

describe("problems, errors by control, buttons", () => {
  // Metric 2 switched to thresholds with a bad value only: E14 waits until Build is asked.
  const config: HealthScoreConfig = {
    ...MINMAX_CONFIG,
    metrics: MINMAX_CONFIG.metrics!.map((m, k) =>
      k === 1 ? { ...m, normalisation: "thresholds", bad: 5, good: 5 } : m
    ),
  };

  async function state() {
    const s = pane.opened(pane.initialPane("en"), [], () => config);
    const wizard = updateMetric(s.wizard, 1, { good: "" });
    return pane.checked(pane.withWizard(s, wizard), await checkOf(config), [0, 1, 2]);
  }

  test("E14 shows once Build was asked, next to the metric's bad value", async () => {
    const s = await state();
    expect(pane.problems(s).map((p) => p.code)).not.toContain("E14");
    expect(pane.situation(s).buildNew).toBe(true);
    const asked = pane.withBuildAsked(s);
    expect(pane.problems(asked).map((p) => p.code)).toContain("E14");
    expect([...pane.errorsByControl(asked).keys()]).toEqual(["cs-m1-bad"]);
    expect(pane.situation(asked).buildNew).toBe(false);
  });

  test("while running, no step and no button but Cancel", async () => {
    const available = pane.situation(pane.withRunning(await state(), true));
    expect(available).toEqual({
      steps: { 1: false, 2: false, 3: false, 4: false },
      buildNew: false,
      rebuild: false,
      snapshot: false,
      cancel: true,
    });
  });

  test("a problem's metric is the pane's metric behind the check's index", async () => {
    const s = await state();
    expect(pane.checkedMetric(s, 2)?.name).toBe("NPS");
    expect(
      pane.metricName({ state: s.wizard, summaries: pane.summaries(s) }, s.wizard.metrics[0])
    ).toBe("Usage minutes");
  });
});
