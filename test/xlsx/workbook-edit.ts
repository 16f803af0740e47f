/** Edits a written workbook the way a user would in Excel, for the LibreOffice tests. */
import ExcelJS from "exceljs";
import { SourceValue } from "../../src/health-score";
import { WorkbookPackage } from "../../src/xlsx";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
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

/** Edits one sheet part as a DOM (never as text: the rule for every XML part holds in tests too). */
function editSheet(
  buffer: Buffer,
  sheet: string,
  edit: (doc: Document, ns: string) => void
): Buffer {
  const pkg = new WorkbookPackage(buffer);
  const part = pkg.sheetParts().get(sheet) as string;
  const doc = new DOMParser().parseFromString(pkg.text(part), "text/xml") as unknown as Document;
  edit(doc, doc.documentElement.namespaceURI ?? "");
  pkg.set(part, new XMLSerializer().serializeToString(doc as never));
  return pkg.toBuffer();
}

/** A cell holding a number, or inline text. */
function valueCell(doc: Document, ns: string, ref: string, v: SourceValue): Element {
  const add = (parent: Element, name: string, text?: string) => {
    const child = doc.createElementNS(ns, name);
    if (text !== undefined) child.appendChild(doc.createTextNode(text));
    parent.appendChild(child);
    return child;
  };
  const c = doc.createElementNS(ns, "c");
  c.setAttribute("r", ref);
  if (typeof v === "number") add(c, "v", String(v));
  else {
    c.setAttribute("t", "inlineStr");
    add(add(c, "is"), "t", String(v));
  }
  return c;
}

/** Replaces the value of a number cell (a finance edit of a weight or threshold). */
export function setNumber(buffer: Buffer, sheet: string, address: string, value: number): Buffer {
  return editSheet(buffer, sheet, (doc) => {
    const c = Array.from(doc.getElementsByTagName("c")).find(
      (e) => e.getAttribute("r") === address
    );
    const v = c && Array.from(c.childNodes).find((n) => n.nodeName === "v");
    if (!v) throw new Error(`${sheet}!${address} holds no number`);
    v.textContent = String(value);
  });
}

/** Appends rows from `firstRow` to a sheet that has only row 1 (a snapshot in the history). */
export function appendRows(
  buffer: Buffer,
  sheet: string,
  firstRow: number,
  rows: readonly (readonly (SourceValue | undefined)[])[]
): Buffer {
  return editSheet(buffer, sheet, (doc, ns) => {
    const data = doc.getElementsByTagName("sheetData")[0];
    rows.forEach((values, i) => {
      const r = firstRow + i;
      const row = doc.createElementNS(ns, "row");
      row.setAttribute("r", String(r));
      values.forEach((v, c) => {
        if (v !== undefined && v !== null)
          row.appendChild(valueCell(doc, ns, `${columnLetters(c + 1)}${r}`, v));
      });
      data.appendChild(row);
    });
  });
}

/** Adds text cells after the last cell of row 1 (new headers), in column order. */
export function appendToRow1(
  buffer: Buffer,
  sheet: string,
  firstColumn: number,
  texts: readonly string[]
): Buffer {
  return editSheet(buffer, sheet, (doc, ns) => {
    const row = Array.from(doc.getElementsByTagName("row")).find(
      (e) => e.getAttribute("r") === "1"
    );
    if (!row) throw new Error(`${sheet} has no row 1`);
    texts.forEach((t, i) =>
      row.appendChild(valueCell(doc, ns, `${columnLetters(firstColumn + i)}1`, t))
    );
  });
}
