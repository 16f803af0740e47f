/**
 * "First row is a header" (docs/health-score.md, "Inputs and settings"). Text = a string cell
 * (`"12"` is text); number = ISNUMBER; booleans, errors and blanks are neither.
 */
import { SourceValue, isNumber, isText } from "../sources";

const isNonEmptyText = (v: SourceValue | undefined): boolean =>
  typeof v === "string" && v.trim() !== "";
export const isBlank = (v: SourceValue | undefined): boolean =>
  v === null || v === undefined || v === "";

/** Metric, previous-score and revenue ranges. */
export function detectValueHeader(values: readonly SourceValue[]): boolean {
  if (values.length < 2 || !isNonEmptyText(values[0])) return false;
  // Counted in place: a million-row column is not copied to be counted.
  let filled = 0;
  let numbers = 0;
  for (let i = 1; i < values.length; i++) {
    if (isBlank(values[i])) continue;
    filled++;
    if (isNumber(values[i])) numbers++;
  }
  return numbers * 2 >= filled;
}

/**
 * Id range: a text first cell, and either the first metric starts on the same sheet row with a
 * header, or every non-blank cell below is a number.
 */
export function detectIdHeader(
  values: readonly SourceValue[],
  firstMetricAlignedWithHeader: boolean
): boolean {
  if (!isText(values[0] ?? null) || isBlank(values[0])) return false;
  return (
    firstMetricAlignedWithHeader || values.every((v, i) => i === 0 || isBlank(v) || isNumber(v))
  );
}
