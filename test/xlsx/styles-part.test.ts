/** styles.xml edited by splicing: indices after every existing item, the part's prefix and text kept. */
import { StylesPart } from "../../src/xlsx/styles-part";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const INPUT =
  `<?xml version="1.0"?><x:styleSheet xmlns:x='${MAIN}'><!-- <x:numFmts> --><x:fonts count='1'><x:font><x:sz val='10'/><x:name val='Arial'/></x:font></x:fonts>` +
  `<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
  `<x:borders count="1"><x:border/></x:borders><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="0"/><x:xf numFmtId="0"/></x:cellXfs><x:dxfs count="0"/></x:styleSheet>`;

it("appends after every existing item (identical ones counted), in the part's prefix, creating sections in schema order", () => {
  const styles = new StylesPart(INPUT);
  // Three xfs exist (two identical): the new one is the fourth; the first new font the second.
  expect(styles.cellFormat({ bold: true, numberFormat: "0.0%" })).toBe(3);
  expect(styles.differentialFormat("FF0000", undefined)).toBe(0);
  expect(styles.toXml()).toBe(
    `<?xml version="1.0"?><x:styleSheet xmlns:x='${MAIN}'><!-- <x:numFmts> --><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts count="2"><x:font><x:sz val='10'/><x:name val='Arial'/></x:font><x:font><x:b/><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts>` +
      `<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
      `<x:borders count="1"><x:border/></x:borders><x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="0"/><x:xf numFmtId="0"/><x:xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"></x:xf></x:cellXfs>` +
      `<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FFFF0000"/></x:font></x:dxf></x:dxfs></x:styleSheet>`
  );
});

it("reuses what an earlier run added and leaves the part as it was", () => {
  const first = new StylesPart(INPUT);
  const format = first.cellFormat({ bold: true, fill: "1F4E78", numberFormat: "0.0%" });
  const dxf = first.differentialFormat("FF0000", "FFEEEE");
  const once = first.toXml();
  const second = new StylesPart(once);
  expect([
    second.cellFormat({ bold: true, fill: "1F4E78", numberFormat: "0.0%" }),
    second.differentialFormat("FF0000", "FFEEEE"),
  ]).toEqual([format, dxf]);
  expect(second.toXml()).toBe(once);
});

it("refuses a part that is not a SpreadsheetML style sheet", () => {
  expect(() => new StylesPart("<styleSheet/>")).toThrow(
    "styles.xml has no SpreadsheetML styleSheet element"
  );
});
