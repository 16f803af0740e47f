/**
 * A .csv file as a one-sheet workbook: its rows read directly for planning, and a package whose
 * data sheet is streamed when the output is written (a million-row .csv is never an .xlsx in
 * memory). Booleans and errors cannot come from a .csv, so values are numbers, text or blank.
 */
import { CsvColumns } from "./csv-columns";
import { cellXml } from "./sheet-xml";
import { CONTENT_TYPE } from "./opc";
import { InputWorkbook } from "./read-workbook";
import { MINIMAL_STYLES } from "./styles-part";
import { WorkbookPackage } from "./write-workbook";
import { NS_MAIN, NS_REL, XML_DECLARATION, attributes } from "./xml";
import { deflatedEntry, writeZip } from "./zip";

const SHEET_PART = "xl/worksheets/sheet1.xml";

export function csvInput(table: CsvColumns, sheetName: string): InputWorkbook {
  return {
    sheets: [
      {
        name: sheetName,
        lastRow: table.rows,
        value: (row, column) => table.value(row - 1, column - 1),
      },
    ],
    existing: [{ name: sheetName, marker: undefined }],
    structureProtected: false,
    loadSheets: () => Promise.resolve(), // parsed already
  };
}

export function csvPackage(table: CsvColumns, sheetName: string): WorkbookPackage {
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `<Override PartName="/${SHEET_PART}" ContentType="${CONTENT_TYPE.worksheet}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews>` +
        `<sheets><sheet${attributes({ name: sheetName, sheetId: 1, "r:id": "rId1" })}/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", MINIMAL_STYLES],
    [SHEET_PART, `${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}"/>`],
  ];
  const pkg = new WorkbookPackage(
    writeZip(parts.map(([name, xml]) => deflatedEntry(name, Buffer.from(xml, "utf8"))))
  );
  pkg.setStreamed(SHEET_PART, () => dataSheet(table));
  return pkg;
}

function* dataSheet(table: CsvColumns): Generator<Buffer> {
  yield Buffer.from(`${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}"><sheetData>`);
  let batch: string[] = [];
  for (let r = 0; r < table.rows; r++) {
    let cells = "";
    for (let c = 0; c < table.columns; c++) {
      const value = table.value(r, c);
      if (value !== null) cells += cellXml({ row: r + 1, column: c + 1, value }, 0);
    }
    if (cells !== "") batch.push(`<row r="${r + 1}">${cells}</row>`);
    if (batch.length >= 2000) {
      yield Buffer.from(batch.join(""));
      batch = [];
    }
  }
  yield Buffer.from(`${batch.join("")}</sheetData></worksheet>`);
}
