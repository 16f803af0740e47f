/**
 * LibreOffice (scripts/libreoffice.js) for tests: installs it when missing (as root, like
 * Chromium), recalculates workbooks written by exceljs, and reads back what it computed.
 */
import ExcelJS from "exceljs";
import { ensureDebianPackage } from "./system-deps";

const lo = require("../../scripts/libreoffice") as {
  SOFFICE: string;
  APT_PACKAGE: string;
  convert(
    inputs: readonly string[],
    options: { format: string; outDir: string }
  ): Promise<string[]>;
};

export const ensureLibreOffice = (): string => ensureDebianPackage(lo.SOFFICE, [lo.APT_PACKAGE]);

/** Recalculates every workbook in one LibreOffice run; returns the recalculated copies. */
export async function recalculate(files: readonly string[], outDir: string): Promise<string[]> {
  ensureLibreOffice();
  return lo.convert(files, { format: "xlsx", outDir });
}

/** A computed cell: a number, text, boolean, blank, or an Excel error such as `#DIV/0!`. */
export type ComputedValue = number | string | boolean | null | { error: string };

/** Every cell of every sheet, as computed (formula cells give their result). */
export async function readValues(file: string): Promise<Map<string, Map<string, ComputedValue>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, Map<string, ComputedValue>>();
  workbook.eachSheet((sheet) => {
    const cells = new Map<string, ComputedValue>();
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => cells.set(cell.address, computed(cell.value)))
    );
    sheets.set(sheet.name, cells);
  });
  return sheets;
}

function computed(value: ExcelJS.CellValue): ComputedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime();
  if ("error" in value) return { error: String(value.error) };
  // exceljs drops a falsy cached result (0, false) from `result` (oracles.md §1 Gotchas).
  if ("formula" in value || "sharedFormula" in value)
    return computed((value.result ?? 0) as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  return String(value);
}
