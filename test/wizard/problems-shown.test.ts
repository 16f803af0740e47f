/**
 * While the user types, "enter different bad and good values" (E14) waits for both values; a
 * Build shows it at once. The problems come from the real planner on §13.1's sheet.
 */
import { HealthScoreConfig, Problem } from "../../src/health-score";
import { problemsShown } from "../../src/wizard/problems-shown";
import { WizardState, configOf, emptyState, setPick, updateMetric } from "../../src/wizard/state";
import { MINMAX_SHEET } from "../health-score/fixtures";
import { problems } from "../health-score/plan-support";

/** Ids and one thresholds metric with the given bad and good texts. */
function stateWith(bad: string, good: string): WizardState {
  let s = emptyState("en");
  s = setPick(s, "ids", { address: "Accounts!A1:A7", header: "auto" });
  s = setPick(s, { metric: 0 }, { address: "Accounts!B1:B7", header: "auto" });
  return updateMetric(s, 0, { normalisation: "thresholds", bad, good });
}

const codes = (bad: string, good: string, buildAsked: boolean): string[] => {
  const state = stateWith(bad, good);
  const { config, metricKeys } = configOf(state);
  const found: readonly Problem[] = problems(config as HealthScoreConfig, [MINMAX_SHEET]);
  return problemsShown(found, state, metricKeys, buildAsked)
    .map((p) => p.code)
    .filter((c) => c === "E14");
};

test.each<[string, string, string, boolean, string[]]>([
  ["Thresholds just picked", "", "", false, []],
  ["only bad entered", "10", "", false, []],
  ["only good entered", "", "0", false, []],
  ["both entered and equal", "5", "5", false, ["E14"]],
  ["both entered and different", "10", "0", false, []],
  ["Build asked with nothing entered", "", "", true, ["E14"]],
  ["Build asked with only bad", "10", "", true, ["E14"]],
])("%s (bad %j, good %j, build asked %s): %j", (_, bad, good, buildAsked, expected) => {
  expect(codes(bad, good, buildAsked)).toEqual(expected);
});
