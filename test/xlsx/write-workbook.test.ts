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

it("copies every other part of the input byte for byte, the user's sheets included", async () => {
  const { input, output } = await build();
  const before = new Map(readZip(input).map((e) => [e.name, e.raw]));
  const after = new Map(readZip(output).map((e) => [e.name, e.raw]));
  for (const [name, raw] of before) {
    if (EDITED.includes(name)) continue;
    expect([name, after.get(name)?.equals(raw)]).toEqual([name, true]);
  }
});

it("makes the new sheet active through activeTab alone, not a selected-tab flag", async () => {
  const { pkg } = await build();
  const xml = pkg.text(pkg.sheetParts().get("Health Score") as string);
  expect(xml).not.toContain("tabSelected");
  expect(pkg.text("xl/workbook.xml")).toMatch(/<workbookView activeTab="2"\/>/);
});

/** The input with its workbook.xml's bookViews and calcPr as given. */
async function buildWith(bookViews: string, calcPr: string) {
  const input = await xlsxFrom([MINMAX_SHEET, { name: "Notes", rows: [["keep me"]] }]);
  const pkg = new WorkbookPackage(input);
  pkg.set(
    "xl/workbook.xml",
    pkg
      .text("xl/workbook.xml")
      .replace("<sheets>", `${bookViews}<sheets>`)
      .replace('<calcPr calcId="171027"/>', calcPr)
  );
  const result = await buildHealthScoreFile({
    file: "in.xlsx",
    content: pkg.toBuffer(),
    config: MINMAX_CONFIG,
    buildId: "0123456789ab",
    builtAt: 46001.25,
    productVersion: "0.1.0",
  });
  if (!result.ok) throw new Error("problems");
  return result.output.text("xl/workbook.xml");
}

it.each([
  [
    "kept when valid",
    '<bookViews><workbookView firstSheet="1" activeTab="1"/></bookViews>',
    '<workbookView firstSheet="1" activeTab="2"/>',
  ],
  [
    "brought down when past the new sheet",
    '<bookViews><workbookView firstSheet="7" activeTab="0"/></bookViews>',
    '<workbookView firstSheet="2" activeTab="2"/>',
  ],
  [
    "absent stays absent",
    "<bookViews><workbookView xWindow='10'/></bookViews>",
    '<workbookView xWindow="10" activeTab="2"/>',
  ],
])("firstSheet %s", async (_, bookViews, expected) => {
  expect(await buildWith(bookViews, '<calcPr calcId="171027"/>')).toContain(expected);
});

it.each([
  ["added to calcPr", '<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'],
  [
    "left as it is when already set",
    '<calcPr fullCalcOnLoad="true" calcId="1"/>',
    '<calcPr fullCalcOnLoad="true" calcId="1"/>',
  ],
])("fullCalcOnLoad %s", async (_, calcPr, expected) => {
  expect(await buildWith("", calcPr)).toContain(`</definedNames>${expected}`);
});

it("adds no style twice when it runs on its own output", async () => {
  const { output } = await build();
  const again = await buildHealthScoreFile({
    file: "out.xlsx",
    content: output,
    config: MINMAX_CONFIG,
    buildId: "0123456789ac",
    builtAt: 46002.25,
    productVersion: "0.1.0",
  });
  if (!again.ok) throw new Error(JSON.stringify(again.problems));
  const twice = again.output;
  expect(twice.sheetParts().size).toBeGreaterThan(new WorkbookPackage(output).sheetParts().size);
  expect(twice.text("xl/styles.xml")).toBe(new WorkbookPackage(output).text("xl/styles.xml"));
});

it("writes column fills as shared formulas without cached values and asks for a full recalculation", async () => {
  const { pkg } = await build();
  const xml = pkg.text(pkg.sheetParts().get("Health Score") as string);
  expect(xml).not.toMatch(/<\/f><v>|<f [^>]*\/><v>/);
  // One shared formula per fill, the present-weight helper column among them.
  expect(xml.match(/<f t="shared" ref="[^"]+" si="\d+">/g)?.length).toBe(20);
  expect(xml).toContain('<c r="B3" s="1"><f t="shared" si="1"/></c>');
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
  // §13.1 with points and Biggest gap: score H, band I, revenue N; panel values from Q.
  expect(xml).toContain('<autoFilter ref="A1:N7"/>');
  expect(xml).toContain("<formula>AND(ISNUMBER($H2),$H2&lt;$Q$19)</formula>");
  expect(xml).toContain(
    '<cfvo type="num" val="0"/><cfvo type="num" val="100"/><color rgb="FF5B9BD5"/>'
  );
  expect(xml).toMatch(
    /<dataValidation type="decimal" operator="greaterThan"[^>]*sqref="Q12:S12"><formula1>0<\/formula1>/
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
  expect(sheet?.getCell("E2").formula).toBe('IF(ISNUMBER(B2),IF($AD2=0,"",100*$Q$12*B2/$AD2),"")');
  expect(workbook.getWorksheet("Notes")?.getCell("A1").value).toBe("keep me");
});

describe("a part read in chunks", () => {
  const text = async (pkg: WorkbookPackage, part: string, stopAfterFirst = false) => {
    let all = "";
    for await (const piece of pkg.textChunks(part)) {
      all += piece;
      if (stopAfterFirst) break;
    }
    return all;
  };

  it("gives the part's text and records it as proven only once all of it was read", async () => {
    const { output } = await build();
    const sheet = "xl/worksheets/sheet1.xml";
    const partly = new WorkbookPackage(output);
    await text(partly, sheet, true);
    expect(partly.checkedParts.has(sheet)).toBe(false);
    const whole = new WorkbookPackage(output);
    expect(await text(whole, sheet)).toBe(new WorkbookPackage(output).text(sheet));
    expect(whole.checkedParts.has(sheet)).toBe(true);
  });
});
