/**
 * Numbers the pane writes into its own text (weight shares, the back-test's AUC): the pane
 * locale's separators, always Latin digits, as the sheet shows its numbers.
 */
import { Locale } from "../health-score";

export const paneNumberFormat = (
  locale: Locale,
  options: Intl.NumberFormatOptions
): Intl.NumberFormat => new Intl.NumberFormat(locale, { ...options, numberingSystem: "latn" });
