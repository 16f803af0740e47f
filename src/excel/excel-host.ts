/**
 * The Office globals the edge uses, injected rather than read from `window`, so the same edge
 * code runs on real Excel (taskpane.ts passes `Excel.run` and `Office.context`) and on the
 * in-browser fake workbook (tests, playground). Enum values are written as their string literals
 * ("Formulas"), which Office.js accepts, so nothing here needs the `Excel` global at run time.
 */
import type { ExcelContext } from "./excel-surface";
export interface ExcelHost {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  readonly settings: Pick<Office.Settings, "get" | "set" | "saveAsync">;
  /** `Office.context.displayLanguage`, e.g. "ar-SA". */
  readonly displayLanguage: string;
  isSetSupported(name: string, version: string): boolean;
}

/** The host of a page running inside Office. */
export const officeHost = (): ExcelHost => ({
  run: (batch) => Excel.run(batch),
  settings: Office.context.document.settings,
  displayLanguage: Office.context.displayLanguage,
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
});
