/**
 * The sentence the pane shows after a Build of a sheet with a back-test (docs/health-score.md, "The
 * back-test"): the AUC of the score as the calculated sheet shows it (three decimals, as its
 * `0.000` format, with the pane locale's separator) and the verdict, or "too few outcomes to judge"
 * (W11). Pure: the pane's `text` decides the words.
 */
import { BacktestFigures, backtestVerdict } from "../health-score/backtest-verdict";
import { PaneKey, PaneLanguage } from "./locales";
import { paneNumberFormat } from "./number-format";

const SENTENCE = {
  well: "backtestWell",
  acceptably: "backtestAcceptable",
  poorly: "backtestPoor",
  tooFew: "backtestTooFew",
} as const satisfies Record<string, PaneKey>;

/** Undefined when the sheet gives no AUC to judge although enough outcomes are known. */
export function backtestSentence(
  lang: Pick<PaneLanguage, "locale" | "text">,
  figures: BacktestFigures
): string | undefined {
  const verdict = backtestVerdict(figures);
  if (verdict === undefined) return undefined;
  const format = paneNumberFormat(lang.locale, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  const { churned, retained } = figures;
  const auc = figures.auc === undefined ? "" : format.format(figures.auc);
  return lang.text(SENTENCE[verdict], { auc, churned, retained });
}
