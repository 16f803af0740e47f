/**
 * The shape of one row of the native-formula table (docs/native-formulas.md): how a CS function's
 * call becomes Excel 2010 formulas that give the same value on valid data. The converter (Share),
 * the LibreOffice parity tests and the reference documentation all read the same rows.
 */
import { KpiResult, KpiRowResult } from "../core";

/** One argument of a call, as the converter hands it to a template. */
export interface NativeArg {
  /**
   * The text to put into the native formula: the argument as written (already converted when it
   * held CS calls, wrapped in parentheses when it is an expression), or the parameter's default
   * when the argument was omitted.
   */
  readonly text: string;
  /** True when the argument was omitted or left empty (`CS.CSAT(B2:B9,,4)`). */
  readonly omitted: boolean;
  /**
   * A reference, or a defined name: something COUNTIF/COUNTIFS/SUMIFS accept as their range.
   * False for an expression, an array constant or a literal.
   */
  readonly isReference: boolean;
  /**
   * The argument's value where the converter knows it (a literal, or a single cell it could read);
   * undefined when unknown. Templates that depend on a value (TTV's method) read it.
   */
  readonly value?: number | string | boolean | null;
}

/** Why a call has no native form here; each id has an English text in NO_NATIVE_REASONS. */
export type NoNativeReason =
  /** TTV's median needs MEDIAN(IF(…)), an array formula (dynamic arrays, or a legacy array formula). */
  | "median-needs-array"
  /** A COUNTIF range argument is an expression or array and the function has no SUMPRODUCT form. */
  | "criteria-range-not-reference"
  /** TTV's method is not a known "mean"/"median" text (a reference whose value is unknown). */
  | "method-unknown";

export type NativeForms =
  /** One formula per result cell, without "=": one for a single result, one per spilled cell. */
  { readonly forms: readonly string[] } | { readonly none: NoNativeReason };

export interface NativeParam {
  /** The parameter name, as in functions.json (never translated). */
  readonly name: string;
  readonly kind: "range" | "scalar";
  readonly optional?: boolean;
  /**
   * The text written into the formula for an omitted optional argument (docs/share.md, "The two
   * rules": a reference to a blank cell would be 0 in a native formula). May depend on the
   * earlier arguments (CSAT's threshold depends on its scale).
   */
  readonly default?: (args: readonly NativeArg[]) => string;
  /**
   * For an argument that chooses between formulas (TTV's method): the texts it accepts, in any
   * letter case. The reference documentation shows one form per option.
   */
  readonly options?: readonly string[];
}

export interface NativeEntry {
  /** The function id: CS.<id>. */
  readonly id: string;
  readonly params: readonly NativeParam[];
  /** How many result cells in a row a spilled function has (NPSBREAKDOWN: 4); absent = one. */
  readonly spill?: number;
  /** The formula core's function for the same arguments (the result the native form must match). */
  readonly compute: (...args: unknown[]) => KpiResult | KpiRowResult;
  /**
   * The native formulas for these arguments (every optional argument already has its text), or
   * why there is none. Where a COUNTIF-family argument is not a reference, the SUMPRODUCT form.
   */
  readonly native: (args: readonly NativeArg[]) => NativeForms;
}
