/**
 * Reads an input workbook for planning: every sheet's cell values with their types (through
 * exceljs, read-only), the sheet list with ownership markers and the structure protection (from
 * workbook.xml itself, which exceljs does not expose).
 */
import ExcelJS from "exceljs";
import { ExistingSheet, SheetCells, SourceValue } from "../health-score";
import { WorkbookPackage } from "./write-workbook";
import { isStructureProtected, readDefinedNames, readSheets } from "./workbook-part";
import { ZipFormatError } from "./zip";

export class WorkbookReadError extends Error {}

export interface InputWorkbook {
  readonly sheets: readonly SheetCells[];
  readonly existing: readonly ExistingSheet[];
  readonly structureProtected: boolean;
}

/** Compound File Binary: password-protected OOXML (and legacy .xls) use this container. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export async function readInputWorkbook(buffer: Buffer, file: string): Promise<InputWorkbook> {
  if (buffer.subarray(0, 8).equals(CFB_SIGNATURE))
    throw new WorkbookReadError(
      `${file} is password-protected (encrypted) or an old binary .xls file. Save it as an unprotected .xlsx workbook and try again.`
    );
  let pkg: WorkbookPackage;
  let workbookXml: string;
  try {
    pkg = new WorkbookPackage(buffer);
    workbookXml = pkg.text(pkg.workbookPart());
  } catch (error) {
    throw new WorkbookReadError(`${file} is not a readable .xlsx workbook (${reason(error)}).`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(`${file} is not a readable .xlsx workbook (${reason(error)}).`);
  }
  const date1904 = !!(workbook.properties as { date1904?: boolean }).date1904;
  const names = readDefinedNames(workbookXml);
  const sheetList = readSheets(workbookXml);
  const existing = sheetList.map((s, i): ExistingSheet => {
    const marker = names.find((n) => n.localSheetId === i && n.name === "CSMetrics_Owner");
    const text = marker && /^"(.*)"$/.exec(marker.formula.replace(/^=/, ""))?.[1];
    return { name: s.name, marker: text?.replace(/""/g, '"') };
  });
  const sheets: SheetCells[] = [];
  workbook.eachSheet((ws) => {
    sheets.push({
      name: ws.name,
      lastRow: ws.rowCount,
      value: (row, column) => toSourceValue(ws.findCell(row, column)?.value, date1904),
    });
  });
  return { sheets, existing, structureProtected: isStructureProtected(workbookXml) };
}

const reason = (error: unknown): string =>
  error instanceof ZipFormatError || error instanceof Error ? error.message : String(error);

function toSourceValue(value: ExcelJS.CellValue | undefined, date1904: boolean): SourceValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  if (value instanceof Date)
    return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000 - (date1904 ? 1462 : 0);
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) {
    // A cached result is what Excel shows; a formula saved without one reads as blank.
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : toSourceValue(result as ExcelJS.CellValue, date1904);
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}
