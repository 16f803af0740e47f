/**
 * Share's readers and writer on XML as other producers write it: a prefixed SpreadsheetML
 * namespace (`<x:c>`), the Strict namespace, single-quoted attributes, CRLF, comments and
 * processing instructions, entity references and non-ASCII text: found, converted, and every
 * character outside the edited elements kept.
 */
import { shareWorkbookFile } from "../../src/xlsx/share-file";
import { cellKey, readSheetCells } from "../../src/xlsx/sheet-formulas";
import { readWorkbookXml } from "../../src/xlsx/workbook-names";
import { bookParts, unzipParts, zipParts } from "../support/xlsx-parts";

const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships";

function book(sheet: string, workbook?: (xml: string) => string): Buffer {
  const parts = bookParts({ sheets: [{ name: "Données", cells: [] }] });
  parts.set("xl/worksheets/sheet1.xml", sheet);
  if (workbook) parts.set("xl/workbook.xml", workbook(parts.get("xl/workbook.xml")!));
  return zipParts(parts);
}

const prefixed =
  `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\r\n<!-- written by a tool -->\r\n` +
  `<x:worksheet xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><?tool keep?>` +
  `<x:sheetData>\r\n<x:row r='1'><x:c r='A1'><x:v>10</x:v></x:c><x:c r='B1' t='inlineStr'><x:is><x:t>Zoë &amp; 😀</x:t></x:is></x:c></x:row>\r\n` +
  `<x:row r='2'><x:c r='A2'><x:v>5</x:v></x:c><x:c r='B2' s='3'><x:f>_xldudf_CS_CHURN(A1,A2)*2</x:f><x:v>1</x:v></x:c>` +
  `<x:c r='C2' t='str'><x:f>_xldudf_CS_CHURN(A1,A2)&amp;" ok"</x:f><x:v>0.5 ok</x:v></x:c></x:row></x:sheetData></x:worksheet>`;

test("a prefixed namespace with single quotes, CRLF, comments, PIs, entities and non-ASCII text", () => {
  const cells = readSheetCells(prefixed, []).cells;
  expect(cells.get(cellKey(1, 2))!.value).toBe("Zoë & 😀");
  expect(cells.get(cellKey(2, 3))!.formula!.text).toBe('_xldudf_CS_CHURN(A1,A2)&" ok"');
  const result = shareWorkbookFile(book(prefixed), { values: false });
  const out = unzipParts(result.output!).get("xl/worksheets/sheet1.xml")!.toString("utf8");
  expect(out).toBe(
    prefixed
      .replace("_xldudf_CS_CHURN(A1,A2)*2", "(A2/A1)*2")
      .replace('_xldudf_CS_CHURN(A1,A2)&amp;" ok"', '(A2/A1)&amp;" ok"')
  );
});

test("the Strict namespace: cells, names and sheets are found; calcPr goes in schema order", () => {
  const strict = prefixed.replace(
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    STRICT
  );
  const toStrict = (xml: string) =>
    xml
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        `xmlns="${STRICT}"`
      )
      .replace(
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
        `xmlns:r="${STRICT_R}"`
      )
      .replace('<calcPr calcId="191029"/>', "");
  const result = shareWorkbookFile(book(strict, toStrict), { values: true });
  expect(result.outcomes.map((o) => [o.address, o.rule])).toEqual([
    ["B2", "value"],
    ["C2", "value"],
  ]);
  const parts = unzipParts(result.output!);
  const workbookXml = parts.get("xl/workbook.xml")!.toString("utf8");
  expect(readWorkbookXml(workbookXml).sheets[0]).toEqual({
    name: "Données",
    sheetId: 1,
    relId: "rId1",
  });
  expect(workbookXml).toContain('</sheets><calcPr fullCalcOnLoad="1"/><extLst>');
  const sheet = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");
  // Frozen: the formula goes; text becomes an inline string in the sheet's own prefix.
  expect(sheet).toContain(`<x:c r='B2' s='3'><x:v>1</x:v></x:c>`);
  expect(sheet).toContain(
    `<x:c r="C2" t="inlineStr"><x:is><x:t xml:space="preserve">0.5 ok</x:t></x:is></x:c>`
  );
});
