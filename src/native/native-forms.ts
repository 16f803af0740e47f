/**
 * Building blocks of the native-formula table's rows: parameter declarations and the formula
 * shapes several functions share. Arguments arrive as NativeArg texts, already parenthesised by
 * the converter where they are expressions, so plain concatenation keeps the precedence.
 */
import { NativeArg, NativeEntry, NativeForms, NativeParam } from "./native-entry";

export const forms = (...formulas: string[]): NativeForms => ({ forms: formulas });

export const range = (name: string): NativeParam => ({ name, kind: "range" });
export const scalar = (name: string): NativeParam => ({ name, kind: "scalar" });

/** An optional scalar whose default is a fixed text. */
export const optionalScalar = (name: string, written: string): NativeParam => ({
  name,
  kind: "scalar",
  optional: true,
  default: () => written,
});

/**
 * `=a/b`: the first argument over the second (docs/native-formulas.md: CS.CHURN, CS.FCR, CS.ARPU…).
 */
const quotient = ([a, b]: readonly NativeArg[]): NativeForms => forms(`${a.text}/${b.text}`);

/** The row of a function of two scalars whose native form is the first over the second. */
export const ratio = (
  id: string,
  [numerator, denominator]: readonly [string, string],
  compute: NativeEntry["compute"]
): NativeEntry => ({
  id,
  params: [scalar(numerator), scalar(denominator)],
  compute,
  native: quotient,
});

/** Share of a range's numbers at or above m: COUNTIF on a reference, SUMPRODUCT otherwise. */
export const shareAtLeast = (r: NativeArg, m: string): string =>
  r.isReference
    ? `COUNTIF(${r.text},">="&${m})/COUNT(${r.text})`
    : `SUMPRODUCT(ISNUMBER(${r.text})*(${r.text}>=${m}))/COUNT(${r.text})`;

/**
 * CSAT and CES's default threshold, the first score above the scale's midpoint
 * (docs/functions.md, CS.CSAT): a number when scale_max is a whole-number literal (or its omitted
 * default), else the rule as a formula, so the threshold follows the scale cell when it changes.
 */
export const defaultThreshold = ([, scale]: readonly NativeArg[]): string =>
  /^\d+$/.test(scale.text)
    ? String(Math.floor((Number(scale.text) + 1) / 2) + 1)
    : `(INT((${scale.text}+1)/2)+1)`;
