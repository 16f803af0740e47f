/**
 * The pane's back-test sentence after Build (spec §15): the verdict's bands at 0.7 and 0.8, the
 * 10/10 rule before them, the AUC with three decimals as the sheet's 0.000 shows it, in the
 * pane locale's separator and words.
 */
import { BacktestFigures } from "../../src/health-score/backtest-verdict";
import { backtestSentence } from "../../src/taskpane/backtest-sentence";
import { PaneLanguage, loadPaneLanguage } from "../../src/taskpane/locales";

let en: PaneLanguage;
beforeAll(async () => {
  en = await loadPaneLanguage("en-US");
});

const enough = { churned: 10, retained: 10 };

describe("backtestSentence in English", () => {
  it.each<[BacktestFigures, string | undefined]>([
    [{ auc: 0.8, ...enough }, "Back-test: AUC 0.800, the score separates churned accounts well."],
    [
      { auc: 0.79999, ...enough },
      // 0.79999 shows as 0.800 (three decimals) yet is below 0.8: the verdict follows the value.
      "Back-test: AUC 0.800, the score separates churned accounts acceptably.",
    ],
    [
      { auc: 0.7, ...enough },
      "Back-test: AUC 0.700, the score separates churned accounts acceptably.",
    ],
    [
      { auc: 0.6994, churned: 25, retained: 275 },
      "Back-test: AUC 0.699, the score separates churned accounts poorly: revisit metrics and weights.",
    ],
    [
      { auc: 8 / 9, churned: 3, retained: 3 },
      "Back-test: too few outcomes to judge (3 churned and 3 retained accounts known; at least 10 of each are needed).",
    ],
    [
      { auc: 0.9, churned: 10, retained: 9 },
      "Back-test: too few outcomes to judge (10 churned and 9 retained accounts known; at least 10 of each are needed).",
    ],
    [{ churned: 0, retained: 12 }, expect.stringMatching(/^Back-test: too few .*\(0 churned/)],
    [{ ...enough }, undefined],
  ])("%j", (figures, sentence) => {
    expect(backtestSentence(en, figures)).toEqual(sentence);
  });
});

describe.each<[string, string]>([
  ["ar-SA", "AUC 0.705"],
  ["fa-IR", "AUC 0.705"],
  ["ro-RO", "AUC 0,705"],
  ["zh-CN", "AUC 0.705"],
])("backtestSentence in %s", (display, auc) => {
  it("has the AUC in the locale's separator inside the translated sentence", async () => {
    const lang = await loadPaneLanguage(display);
    const sentence = backtestSentence(lang, { auc: 0.7049, churned: 40, retained: 260 });
    expect(sentence).toContain(auc);
    expect(sentence).not.toMatch(/acceptably|\{/);
  });
});
