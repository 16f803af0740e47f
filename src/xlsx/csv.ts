/**
 * .csv input (spec §10.1): UTF-8 with an optional BOM, RFC 4180 quoting; plain decimal numbers
 * become numbers, other fields text, empty fields blank. The rows become a one-sheet workbook
 * named after the file stem.
 */
import ExcelJS from "exceljs";
import { SourceValue } from "../health-score";

const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function parseCsv(text: string): SourceValue[][] {
  const input = text.replace(/^\uFEFF/, "");
  const rows: SourceValue[][] = [];
  let row: SourceValue[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(wasQuoted ? (field === "" ? null : field) : fieldValue(field));
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || wasQuoted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function fieldValue(field: string): SourceValue {
  if (field === "") return null;
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/** The sheet name a .csv file becomes: its stem with `[]:*?/\` replaced, at most 31 characters. */
export const csvSheetName = (stem: string): string =>
  stem.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";

export async function csvWorkbook(
  rows: readonly SourceValue[][],
  sheetName: string
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((values, r) =>
    values.forEach((v, c) => {
      if (v !== null && typeof v !== "object") sheet.getCell(r + 1, c + 1).value = v;
    })
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
