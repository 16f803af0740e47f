/** The package the file writer produces: the input's parts kept, the new sheets well formed. */
import ExcelJS from "exceljs";
import { HealthScoreConfig } from "../../src/health-score";
import { WorkbookPackage, buildHealthScoreFile } from "../../src/xlsx";
import { readZip } from "../../src/xlsx/zip";
import { MINMAX_CONFIG, MINMAX_SHEET } from "../health-score/fixtures";
import { xlsxFrom } from "./workbook-edit";

async function build(config: HealthScoreConfig = MINMAX_CONFIG) {
  const input = await xlsxFrom([MINMAX_SHEET, { name: "Notes", rows: [["keep me"]] }]);
  const result = await buildHealthScoreFile({
    file: "in.xlsx",
    content: input,
    config,
    buildId: "0123456789ab",
    builtAt: 46001.25,
    productVersion: "0.1.0",
  });
  if (!result.ok) throw new Error("problems");
  const output = result.output.toBuffer();
  return { input, output, pkg: new WorkbookPackage(output) };
}

const EDITED = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
];

it("copies every other part of the input byte for byte", async () => {
  const { input, output } = await build();
  const before = new Map(readZip(input).map((e) => [e.name, e.raw]));
  const after = new Map(readZip(output).map((e) => [e.name, e.raw]));
  const tabSelected = [...before.keys()].filter((n) => n.startsWith("xl/worksheets/sheet1"));
  for (const [name, raw] of before) {
    if (EDITED.includes(name) || tabSelected.includes(name)) continue;
    expect([name, after.get(name)?.equals(raw)]).toEqual([name, true]);
  }
});

it("keeps the user's sheets' cells and only drops their selected-tab flag", async () => {
  const { input, pkg } = await build();
  const original = new WorkbookPackage(input);
  for (const [name, part] of original.sheetParts())
    expect(pkg.text(pkg.sheetParts().get(name) as string)).toBe(
      original.text(part).replace(/ tabSelected="1"/, "")
    );
});

it("writes column fills as shared formulas without cached values and asks for a full recalculation", async () => {
  const { pkg } = await build();
  const xml = pkg.text(pkg.sheetParts().get("Health Score") as string);
  expect(xml).not.toMatch(/<\/f><v>|<f [^>]*\/><v>/);
  expect(xml.match(/<f t="shared" ref="[^"]+" si="\d+">/g)?.length).toBe(18);
  expect(xml).toContain('<c r="E3" s="1"><f t="shared" si="4"/></c>');
  expect(pkg.text("xl/workbook.xml")).toMatch(/<calcPr[^>]* fullCalcOnLoad="1"/);
});

it("adds the sheet last and active, with hidden sheet-scoped marker names", async () => {
  const { pkg } = await build();
  const workbook = pkg.text("xl/workbook.xml");
  expect([...pkg.sheetParts().keys()]).toEqual(["Accounts", "Notes", "Health Score"]);
  expect(workbook).toMatch(/<workbookView[^>]* activeTab="2"/);
  expect(workbook).toContain(
    '<definedName name="CSMetrics_Owner" localSheetId="2" hidden="1">&quot;cs-metrics:health-score:v1:0123456789ab&quot;</definedName>'
  );
  expect(workbook).toContain(
    '<definedName name="CSMetrics_Src_M1" localSheetId="2">Accounts!$B$2:$B$7</definedName>'
  );
});

it("writes conditional formats, validations, frozen panes and a filter", async () => {
  const { pkg } = await build();
  const xml = pkg.text(pkg.sheetParts().get("Health Score") as string);
  expect(xml).toContain(
    '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>'
  );
  expect(xml).toContain('<autoFilter ref="A1:M7"/>');
  expect(xml).toContain("<formula>AND(ISNUMBER($H2),$H2&lt;$P$19)</formula>");
  expect(xml).toContain(
    '<cfvo type="num" val="0"/><cfvo type="num" val="100"/><color rgb="FF5B9BD5"/>'
  );
  expect(xml).toMatch(
    /<dataValidation type="decimal" operator="greaterThan"[^>]*sqref="P12:R12"><formula1>0<\/formula1>/
  );
  expect(pkg.text("xl/styles.xml")).toContain('<fgColor rgb="FF1F4E78"/>');
});

it.each(["ar", "fa"] as const)("sets the sheet right to left for %s", async (locale) => {
  const { pkg } = await build({ ...MINMAX_CONFIG, locale });
  const name = locale === "ar" ? "درجة الصحة" : "امتیاز سلامت";
  expect(pkg.text(pkg.sheetParts().get(name) as string)).toContain('rightToLeft="1"');
});

it("produces a workbook another reader opens, formulas intact", async () => {
  const { output } = await build();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(output as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Health Score");
  expect(sheet?.getCell("H2").formula).toContain("SUMPRODUCT");
  expect(workbook.getWorksheet("Notes")?.getCell("A1").value).toBe("keep me");
});
