/** Edits a written workbook the way a user would in Excel, for the LibreOffice tests. */
import ExcelJS from "exceljs";
import { SourceValue } from "../../src/health-score";
import { WorkbookPackage } from "../../src/xlsx";
import { escapeXml } from "../../src/xlsx/xml";
import { columnLetters } from "../../src/a1/a1";
import { MemorySheet } from "../health-score/fixtures";

/** An .xlsx holding the sheets, as a user's workbook would (errors as error cells). */
export async function xlsxFrom(sheets: readonly MemorySheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      })
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const valueXml = (ref: string, v: SourceValue): string =>
  typeof v === "number"
    ? `<c r="${ref}"><v>${v}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;

/** Replaces the value of a number cell (a finance edit of a weight or threshold). */
export function setNumber(buffer: Buffer, sheet: string, address: string, value: number): Buffer {
  const pkg = new WorkbookPackage(buffer);
  const part = pkg.sheetParts().get(sheet) as string;
  const xml = pkg.text(part);
  const pattern = new RegExp(`(<c r="${address}"[^>]*>)<v>[^<]*</v>`);
  if (!pattern.test(xml)) throw new Error(`${sheet}!${address} holds no number`);
  pkg.set(part, xml.replace(pattern, `$1<v>${value}</v>`));
  return pkg.toBuffer();
}

/** Appends rows from `firstRow` to a sheet that has only row 1 (a snapshot in the history). */
export function appendRows(
  buffer: Buffer,
  sheet: string,
  firstRow: number,
  rows: readonly (readonly (SourceValue | undefined)[])[]
): Buffer {
  const pkg = new WorkbookPackage(buffer);
  const part = pkg.sheetParts().get(sheet) as string;
  const xml = rows
    .map((values, i) => {
      const r = firstRow + i;
      const cells = values.flatMap((v, c) =>
        v === undefined || v === null ? [] : [valueXml(`${columnLetters(c + 1)}${r}`, v)]
      );
      return `<row r="${r}">${cells.join("")}</row>`;
    })
    .join("");
  pkg.set(part, pkg.text(part).replace("</sheetData>", `${xml}</sheetData>`));
  return pkg.toBuffer();
}

/** Adds text cells after the last cell of row 1 (new headers), in column order. */
export function appendToRow1(
  buffer: Buffer,
  sheet: string,
  firstColumn: number,
  texts: readonly string[]
): Buffer {
  const pkg = new WorkbookPackage(buffer);
  const part = pkg.sheetParts().get(sheet) as string;
  const xml = pkg.text(part);
  const end = xml.indexOf("</row>", xml.indexOf('<row r="1"'));
  if (end < 0) throw new Error(`${sheet} has no row 1`);
  const cells = texts.map((t, i) => valueXml(`${columnLetters(firstColumn + i)}1`, t)).join("");
  pkg.set(part, xml.slice(0, end) + cells + xml.slice(end));
  return pkg.toBuffer();
}
