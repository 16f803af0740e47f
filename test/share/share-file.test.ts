/**
 * Share on an Excel-shaped workbook (test/share/excel-book.ts): every CS formula converted, every
 * part without one byte-identical, the converted parts changed only where a formula was.
 */
import { shareWorkbookFile } from "../../src/xlsx/share-file";
import { readSheetCells, cellKey } from "../../src/xlsx/sheet-formulas";
import { readWorkbookXml } from "../../src/xlsx/workbook-names";
import { readTablePart } from "../../src/xlsx/table-columns";
import { bookParts, unzipParts, zipParts } from "../support/xlsx-parts";
import { excelBook } from "./excel-book";

const input = zipParts(bookParts(excelBook()));
const result = shareWorkbookFile(input, { values: false });
const before = unzipParts(input);
const after = unzipParts(result.output!);

const formulaOf = (part: string, ref: string) => {
  const cells = readSheetCells(after.get(part)!.toString("utf8"), []);
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0);
  return cells.cells.get(cellKey(Number(m[2]), col));
};

test("every CS formula takes the native rule", () => {
  expect(result.outcomes.filter((o) => o.rule !== "native")).toEqual([]);
  expect(result.outcomes.length).toBe(15);
});

test("parts without a CS formula are byte-identical; no part is added or lost", () => {
  const changed = new Set([
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/worksheets/sheet3.xml",
    "xl/workbook.xml",
    "xl/tables/table3.xml",
  ]);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, content] of before)
    if (!changed.has(name))
      expect({ name, same: content.equals(after.get(name)!) }).toEqual({ name, same: true });
});

test("plain, wrapped, shared and spilled formulas get their native text; cached values stay", () => {
  const nps = '(COUNTIF(A2:A9,">=9")-COUNTIF(A2:A9,"<=6"))/COUNT(A2:A9)*100';
  const d2 = formulaOf("xl/worksheets/sheet1.xml", "D2")!;
  expect(d2.formula?.text).toBe(nps);
  expect(d2.value).toBe(25);
  expect(formulaOf("xl/worksheets/sheet1.xml", "E2")!.formula?.text).toBe(
    'ROUND((COUNTIF(A:A,">=9")-COUNTIF(A:A,"<=6"))/COUNT(A:A)*100,0)'
  );
  expect(formulaOf("xl/worksheets/sheet1.xml", "E3")!.formula?.text).toBe("(C2/B2)*100");
  expect(formulaOf("xl/worksheets/sheet1.xml", "E4")!.formula?.text).toBe(
    `IF((${nps})>0,"ok","bad")`
  );
  for (const [ref, text] of [
    ["F2", "C2/B2"],
    ["F3", "C3/B3"],
    ["F4", "C4/B4"],
  ]) {
    const cell = formulaOf("xl/worksheets/sheet1.xml", ref)!;
    expect([cell.formula?.text, cell.formula?.type, cell.formula?.element.attributes]).toEqual([
      text,
      "normal",
      {},
    ]);
  }
  // The group without a CS call stays shared.
  expect(formulaOf("xl/worksheets/sheet1.xml", "G3")!.formula?.type).toBe("shared");
  const h2 = formulaOf("xl/worksheets/sheet1.xml", "H2")!;
  expect(h2.formula?.text).toBe('COUNTIF(A2:A9,">=9")/COUNT(A2:A9)');
  expect(h2.element.attributes.cm).toBeUndefined();
  expect(h2.formula?.type).toBe("normal");
  expect(formulaOf("xl/worksheets/sheet1.xml", "K2")!.formula?.text).toBe("COUNT(A2:A9)");
  expect(formulaOf("xl/worksheets/sheet1.xml", "K2")!.value).toBe(8);
  expect(formulaOf("xl/worksheets/sheet2.xml", "A2")!.formula?.text).toBe(
    '(COUNTIF(Scores,">=9")-COUNTIF(Scores,"<=6"))/COUNT(Scores)*100'
  );
  expect(formulaOf("xl/worksheets/sheet3.xml", "C4")!.formula?.text).toBe("B4/A4");
});

test("names, table columns and the full-recalculation flag", () => {
  const workbook = readWorkbookXml(after.get("xl/workbook.xml")!.toString("utf8"));
  expect(workbook.names.map((n) => n.formula)).toEqual([
    '(COUNTIF(Survey!$A$2:$A$9,">=9")-COUNTIF(Survey!$A$2:$A$9,"<=6"))/COUNT(Survey!$A$2:$A$9)*100',
    "Survey!$A$2:$A$9",
  ]);
  expect(workbook.calcPr?.attributes).toEqual({ calcId: "191029", fullCalcOnLoad: "1" });
  const table = readTablePart(after.get("xl/tables/table3.xml")!.toString("utf8"))!;
  expect(table.columns[2].formula?.text).toBe(
    "Table1[[#This Row],[Lost]]/Table1[[#This Row],[Start]]"
  );
});
