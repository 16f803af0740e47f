/**
 * workbook.xml as other tools and hostile hands write it: comments and processing instructions
 * (with tag-like text inside), single-quoted attributes, prefixed namespaces, CDATA, entity
 * references, a relationships prefix declared only on each sheet. Each builds a workbook that
 * keeps those characters, adds the sheet where it belongs, and that LibreOffice opens and
 * computes exactly as it computes the build from the plain file. Malformed XML, a DOCTYPE with
 * entities and a workbook part without a sheet list are refused with exit 4, nothing written.
 */
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { readFileSync } from "fs";
import { join } from "path";
import { runHealthScore } from "../../src/cli/health-score-command";
import { CliError } from "../../src/cli/exit-codes";
import { WorkbookPackage, buildHealthScoreFile } from "../../src/xlsx";
import { readWorkbookXml } from "../../src/xlsx/workbook-names";
import { MINMAX_CONFIG, MINMAX_SHEET } from "../health-score/fixtures";
import { recalculate } from "../support/libreoffice";
import { writeConfig } from "../cli/inputs";
import { scratch } from "../cli/run-cli";
import { Computed, readComputed } from "./computed-values";
import { xlsxFrom } from "./workbook-edit";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Variant {
  readonly name: string;
  readonly xml: string;
  /** Text of the input that must be in the output unchanged. */
  readonly kept: readonly string[];
  /** The sheet names as the reader must decode them. */
  readonly sheets: readonly string[];
  readonly firstSheet?: string;
}

const VARIANTS: readonly Variant[] = [
  {
    name: "comments and a processing instruction holding tag-like text",
    xml: `${DECL}<!-- </sheets> <definedNames> --><?note keep </sheets>?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView firstSheet="1" activeTab="1"/></bookViews><sheets><!-- <sheet name="Ghost" sheetId="9" r:id="rId9"/> --><sheet name="Accounts" sheetId="1" r:id="rId4"/><sheet name="Notes" sheetId="2" r:id="rId5"/><!-- </sheets> --></sheets><calcPr calcId="171027"/></workbook>`,
    kept: [
      "<!-- </sheets> <definedNames> -->",
      "<?note keep </sheets>?>",
      '<!-- <sheet name="Ghost" sheetId="9" r:id="rId9"/> -->',
      "<!-- </sheets> -->",
    ],
    sheets: ["Accounts", "Notes"],
    firstSheet: "1",
  },
  {
    name: "single-quoted attributes",
    xml: `${DECL}<workbook xmlns='${MAIN}' xmlns:r='${REL}'><sheets><sheet name='Accounts' sheetId='1' r:id='rId4'/><sheet name='Notes' sheetId='2' r:id='rId5'/></sheets><definedNames><definedName name='Q'>Accounts!$A$1</definedName></definedNames><calcPr calcId='171027'/></workbook>`,
    kept: [
      "<sheet name='Accounts' sheetId='1' r:id='rId4'/>",
      "<definedName name='Q'>Accounts!$A$1</definedName>",
    ],
    sheets: ["Accounts", "Notes"],
  },
  {
    name: "prefixed namespaces (x:, rel:) and no calcPr",
    xml: `${DECL}<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Accounts" sheetId="1" rel:id="rId4"/><x:sheet name="Notes" sheetId="2" rel:id="rId5"/></x:sheets><x:extLst><x:ext uri="{X}"><keep xmlns="urn:other">untouched</keep></x:ext></x:extLst></x:workbook>`,
    kept: [
      '<x:extLst><x:ext uri="{X}"><keep xmlns="urn:other">untouched</keep></x:ext></x:extLst>',
    ],
    sheets: ["Accounts", "Notes"],
  },
  {
    name: "CDATA and entity references",
    xml: `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Accounts" sheetId="1" r:id="rId4"/><sheet name="R&amp;D &#x263A; &#34;x&#34;" sheetId="2" r:id="rId5"/></sheets><definedNames><definedName name="Note"><![CDATA["a<b"&"c"]]></definedName></definedNames><calcPr calcId="171027"/></workbook>`,
    kept: [
      '<sheet name="R&amp;D &#x263A; &#34;x&#34;" sheetId="2" r:id="rId5"/>',
      '<![CDATA["a<b"&"c"]]>',
    ],
    sheets: ["Accounts", 'R&D ☺ "x"'],
  },
  {
    name: "the relationships prefix declared on each sheet only",
    xml: `${DECL}<workbook xmlns="${MAIN}"><sheets><sheet xmlns:q="${REL}" name="Accounts" sheetId="1" q:id="rId4"/><sheet xmlns:q="${REL}" name="Notes" sheetId="2" q:id="rId5"/></sheets></workbook>`,
    kept: [`<sheet xmlns:q="${REL}" name="Accounts" sheetId="1" q:id="rId4"/>`],
    sheets: ["Accounts", "Notes"],
  },
];

const REFUSED: readonly { name: string; part: string; xml: string }[] = [
  {
    name: "an unclosed element in workbook.xml",
    part: "xl/workbook.xml",
    xml: `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Accounts" sheetId="1" r:id="rId4"></sheets></workbook>`,
  },
  {
    name: "a DOCTYPE declaring entities in workbook.xml",
    part: "xl/workbook.xml",
    xml: `${DECL}<!DOCTYPE workbook [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="&b;" sheetId="1" r:id="rId4"/></sheets></workbook>`,
  },
  {
    name: "a workbook.xml in no SpreadsheetML namespace",
    part: "xl/workbook.xml",
    xml: `${DECL}<workbook><sheets><sheet name="Accounts" sheetId="1" id="rId4"/></sheets></workbook>`,
  },
  {
    name: "a sheet the config reads that is not well formed",
    part: "xl/worksheets/sheet1.xml",
    xml: `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`,
  },
  {
    name: "a styles.xml that is not well formed",
    part: "xl/styles.xml",
    xml: `${DECL}<styleSheet xmlns="${MAIN}"><fonts count='1'><font></fonts></styleSheet>`,
  },
];

const BUILD = { buildId: "0123456789ab", builtAt: 46001.25, productVersion: "0.1.0" };

async function input(part?: string, xml?: string): Promise<Buffer> {
  const buffer = await xlsxFrom([MINMAX_SHEET, { name: "Notes", rows: [["keep me"]] }]);
  if (!part || xml === undefined) return buffer;
  const pkg = new WorkbookPackage(buffer);
  pkg.set(part, xml);
  return pkg.toBuffer();
}

async function build(content: Buffer): Promise<Buffer> {
  const result = await buildHealthScoreFile({
    file: "in.xlsx",
    content,
    config: MINMAX_CONFIG,
    ...BUILD,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.output.toBuffer();
}

const outputs = new Map<string, Buffer>();
let computed: Map<string, Map<string, Computed> | undefined>;

beforeAll(async () => {
  const dir = scratch();
  const files: string[] = [];
  const names = ["plain", ...VARIANTS.map((v) => v.name)];
  outputs.set("plain", await build(await input()));
  for (const v of VARIANTS) outputs.set(v.name, await build(await input("xl/workbook.xml", v.xml)));
  names.forEach((name, i) => {
    const file = join(dir, `variant-${i}.xlsx`);
    writeFileSync(file, outputs.get(name)!);
    files.push(file);
  });
  const recalculated = await recalculate(files, join(dir, "recalculated"));
  computed = new Map(
    names.map((name, i) => [name, readComputed(readFileSync(recalculated[i])).get("Health Score")])
  );
}, 600_000);

describe.each(VARIANTS.map((v) => [v.name, v] as const))("%s", (_, v) => {
  it("keeps the part's own text and adds the sheet, active, with its names", () => {
    const output = new WorkbookPackage(outputs.get(v.name)!);
    const xml = output.text("xl/workbook.xml");
    for (const text of v.kept) expect(xml).toContain(text);
    const workbook = readWorkbookXml(xml);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...v.sheets, "Health Score"]);
    expect([...output.sheetParts().keys()]).toEqual([...v.sheets, "Health Score"]);
    expect(workbook.workbookView?.attribute("activeTab")).toBe("2");
    expect(workbook.workbookView?.attribute("firstSheet")).toBe(v.firstSheet);
    expect(workbook.names.find((n) => n.name === "CSMetrics_Owner")?.localSheetId).toBe(2);
    expect(workbook.calcPr?.attribute("fullCalcOnLoad")).toBe("1");
  });

  it("opens in LibreOffice, which computes what it computes for the plain file", () => {
    const plain = computed.get("plain");
    expect(plain?.size).toBeGreaterThan(100);
    expect(computed.get(v.name)).toEqual(plain);
  });
});

describe.each(REFUSED.map((r) => [r.name, r] as const))("%s", (_, r) => {
  it("is refused with exit 4 and nothing is written", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "in"));
    const file = join(dir, "in", "accounts.xlsx");
    writeFileSync(file, await input(r.part, r.xml));
    const output = join(dir, "out.xlsx");
    const run = runHealthScore({
      input: file,
      config: writeConfig(dir, MINMAX_CONFIG),
      output,
      force: false,
      json: false,
    });
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toMatchObject({
      exitCode: 4,
      message: expect.stringMatching(
        /^.*accounts\.xlsx (is not a readable \.xlsx workbook|has a workbook part that is not well-formed XML)/
      ),
    });
    expect(existsSync(output)).toBe(false);
  });
});

it("reads only the sheets the config uses: a damaged sheet it does not read is copied as it was", async () => {
  const damaged = `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row></sheetData></worksheet>`;
  const output = new WorkbookPackage(await build(await input("xl/worksheets/sheet2.xml", damaged)));
  expect(output.text("xl/worksheets/sheet2.xml")).toBe(damaged);
  expect([...output.sheetParts().keys()]).toEqual(["Accounts", "Notes", "Health Score"]);
});
