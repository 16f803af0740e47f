/**
 * The back-test verdict (spec §15): too few outcomes (fewer than 10 churned or 10 retained known,
 * W11) before any AUC band; from 0.8 "well", from 0.7 "acceptably", below "poorly".
 */
import {
  BacktestFigures,
  BacktestVerdict,
  backtestVerdict,
} from "../../src/health-score/backtest-verdict";

describe("backtestVerdict", () => {
  it.each<[string, BacktestFigures, BacktestVerdict | undefined]>([
    ["AUC 0.8 exactly", { auc: 0.8, churned: 10, retained: 10 }, "well"],
    ["AUC 1", { auc: 1, churned: 40, retained: 260 }, "well"],
    ["AUC just below 0.8", { auc: 0.7999999, churned: 10, retained: 10 }, "acceptably"],
    ["AUC 0.7 exactly", { auc: 0.7, churned: 10, retained: 10 }, "acceptably"],
    ["AUC just below 0.7", { auc: 0.6999999, churned: 10, retained: 10 }, "poorly"],
    ["AUC 0.5", { auc: 0.5, churned: 12, retained: 30 }, "poorly"],
    ["9 churned", { auc: 0.95, churned: 9, retained: 100 }, "tooFew"],
    ["9 retained", { auc: 0.95, churned: 100, retained: 9 }, "tooFew"],
    ["no churned, no AUC", { churned: 0, retained: 300 }, "tooFew"],
    ["§15's acceptance: 3 and 3, AUC 8/9", { auc: 8 / 9, churned: 3, retained: 3 }, "tooFew"],
    ["enough outcomes but no AUC shown", { churned: 10, retained: 10 }, undefined],
  ])("%s", (_name, figures, verdict) => {
    expect(backtestVerdict(figures)).toBe(verdict);
  });
});
