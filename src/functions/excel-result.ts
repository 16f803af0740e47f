/*
 * How a formula-core result reaches Excel. Every CS function lives in one of the category files
 * beside this one: a JSDoc-documented `function` declaration that Excel's metadata is generated
 * from (description = tooltip, @param = argument hint, @helpurl = help page) and a one-line body
 * handing the raw Excel values to the core through `toExcel` (`toExcelRow` for a function that
 * spills a row). Parameters are `any` / `any[][]`
 * so the core sees blanks, text, booleans and error values exactly as Excel sends them
 * (docs/function-contract.md, "Results").
 */
import { isKpiError, KpiError, KpiResult } from "../core";
import { KpiRowResult } from "../core/kpi/kpi-result";
import { errorMessage, unexpectedFailureMessage } from "../i18n/error-messages";
import { Locale, localeOf } from "../i18n/locale";

/** How a KPI's number is shown: rates as percentages, everything else as a plain number. */
export type ResultFormat = "rate" | "number";

/** Excel's formatted-number data type (CustomFunctionsRuntime 1.4). */
export interface FormattedNumber {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}

const RATE_FORMAT = "0.0%";

/** A KPI's number as Excel receives it. */
export type ExcelNumber = number | FormattedNumber;

/**
 * Runs a core KPI and turns its result into what Excel expects from a custom function:
 * a number (a rate as a formatted number where Excel supports it), or a `CustomFunctions.Error`
 * carrying the catalogue message in Office's display language. Nothing escapes: an unexpected exception becomes `#VALUE!`
 * with a message, never an unhandled rejection or a hang.
 */
export function toExcel(
  functionName: string,
  format: ResultFormat,
  compute: () => KpiResult
): ExcelNumber | CustomFunctions.Error {
  return settle(functionName, compute, (value) => present(value, format));
}

/**
 * As `toExcel`, for a KPI that returns one row of numbers (declared `@returns {any[][]}`): the
 * row spills into as many cells, each item shown in its own format (`formats[k]` for item k).
 * An error is still one error value, never a spilled row of them.
 */
export function toExcelRow<const Formats extends readonly ResultFormat[]>(
  functionName: string,
  formats: Formats,
  compute: () => KpiRowResult<{ readonly [K in keyof Formats]: number }>
): ExcelNumber[][] | CustomFunctions.Error {
  return settle(functionName, compute, (row) => [
    formats.map((format, k) => present(row[k], format)),
  ]);
}

/** The one place where a core result, error or exception becomes Excel's. */
function settle<Value, Shown>(
  functionName: string,
  compute: () => Value | KpiError,
  show: (value: Value) => Shown
): Shown | CustomFunctions.Error {
  let result: Value | KpiError;
  try {
    result = compute();
  } catch (error) {
    const detail =
      typeof (error as Error | undefined)?.message === "string"
        ? (error as Error).message
        : String(error);
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      unexpectedFailureMessage(functionName, detail, displayLocale())
    );
  }
  if (isKpiError(result)) {
    // Error codes are Excel's literals (#VALUE!, #N/A…), the same strings as the ErrorCode enum.
    return new CustomFunctions.Error(
      result.excel as CustomFunctions.ErrorCode,
      errorMessage(result, displayLocale())
    );
  }
  return show(result);
}

function present(value: number, format: ResultFormat): ExcelNumber {
  return format === "rate" && formattedNumbersSupported()
    ? { type: "Double", basicValue: value, numberFormat: RATE_FORMAT }
    : value;
}

let formattedNumbers: boolean | undefined;

/** Formatted-number results need CustomFunctionsRuntime 1.4; older Excel gets plain numbers. */
function formattedNumbersSupported(): boolean {
  if (formattedNumbers === undefined) {
    try {
      formattedNumbers = Office.context.requirements.isSetSupported(
        "CustomFunctionsRuntime",
        "1.4"
      );
    } catch {
      formattedNumbers = false; // Office not initialised (e.g. outside Excel): plain numbers are always valid.
    }
  }
  return formattedNumbers;
}

let sessionLocale: Locale | undefined;

/**
 * The locale of Office's display language, which is fixed for the session (changing it restarts
 * Office). Until Office has initialised and reports it, messages are English and nothing is cached.
 */
function displayLocale(): Locale {
  if (sessionLocale !== undefined) return sessionLocale;
  let language: unknown;
  try {
    language = Office.context.displayLanguage;
  } catch {
    return "en"; // Office not initialised (e.g. outside Excel): the source language.
  }
  if (typeof language !== "string") return "en";
  sessionLocale = localeOf(language);
  return sessionLocale;
}
