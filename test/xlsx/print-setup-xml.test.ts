/**
 * The file writer's print set-up and outline (spec §16): worksheet children in CT_Worksheet's
 * order, page set-up and header/footer as planned, the grid's columns grouped and hidden, and
 * the print titles and areas as sheet-scoped `_xlnm` names.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { buildHealthScoreFile } from "../../src/xlsx";
import { percentileConfig, percentileSheet } from "../health-score/fixtures";
import { xlsxFrom } from "./workbook-edit";

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, sml.xsd), the ones a writer may use. */
const CT_WORKSHEET = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
];

const SHEET = percentileSheet([10, 20, 20, 40, 80, null]);

async function written() {
  const result = await buildHealthScoreFile({
    file: "in.xlsx",
    content: await xlsxFrom([SHEET]),
    config: percentileConfig(6, "higher"),
    buildId: "0123456789ab",
    builtAt: 46001.25,
    productVersion: "0.1.0",
  });
  if (!result.ok) throw new Error("problems");
  const pkg = result.output;
  const parse = (part: string) => new DOMParser().parseFromString(pkg.text(part), "text/xml");
  return {
    sheet: parse(pkg.sheetParts().get("Health Score") as string),
    workbook: parse(pkg.workbookPart()),
  };
}

const children = (e: Element): Element[] =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);

test("worksheet children follow CT_Worksheet's sequence", async () => {
  const { sheet } = await written();
  const names = children(sheet.documentElement as Element).map((e) => e.localName);
  const order = names.map((n) => CT_WORKSHEET.indexOf(n ?? ""));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(names).toEqual(expect.arrayContaining(["sheetPr", "pageSetup", "headerFooter"]));
});

test("page set-up, header, footer and fit-to-page as planned", async () => {
  const { sheet } = await written();
  const one = (name: string) => sheet.getElementsByTagName(name)[0];
  expect(one("pageSetUpPr").getAttribute("fitToPage")).toBe("1");
  expect(one("outlinePr").getAttribute("summaryRight")).toBe("0");
  const setup = one("pageSetup");
  expect(["orientation", "fitToWidth", "fitToHeight"].map((a) => setup.getAttribute(a))).toEqual([
    "landscape",
    "1",
    "0",
  ]);
  expect(one("oddHeader").textContent).toBe("&C&A");
  expect(one("oddFooter").textContent).toBe("&CPage &P of &N");
  expect(one("sheetFormatPr").getAttribute("outlineLevelCol")).toBe("1");
});

test("the grid's column is grouped and hidden, its label column marked collapsed", async () => {
  const { sheet } = await written();
  // Grid labels O (15), the metric's grid P (16).
  const col = (n: number) =>
    Array.from(sheet.getElementsByTagName("col")).find((c) => c.getAttribute("min") === `${n}`);
  expect(col(16)?.getAttribute("outlineLevel")).toBe("1");
  expect(col(16)?.getAttribute("hidden")).toBe("1");
  expect(col(15)?.getAttribute("collapsed")).toBe("1");
  expect(col(15)?.getAttribute("hidden")).toBeNull();
});

test("print titles and print areas are sheet-scoped defined names", async () => {
  const { workbook } = await written();
  const names = Array.from(workbook.getElementsByTagName("definedName")).filter((n) =>
    n.getAttribute("name")?.startsWith("_xlnm.Print")
  );
  expect(
    names.map((n) => [n.getAttribute("name"), n.getAttribute("localSheetId"), n.textContent])
  ).toEqual([
    ["_xlnm.Print_Titles", "1", "'Health Score'!$1:$1"],
    ["_xlnm.Print_Area", "1", "'Health Score'!$A$1:$F$7,'Health Score'!$H$1:$M$52"],
  ]);
});
