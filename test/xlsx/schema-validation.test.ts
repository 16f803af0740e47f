/**
 * The parts the writer produces or edits validate against ECMA-376 Transitional's sml.xsd (libxml2
 * as WebAssembly): the new sheet for each normalisation, and workbook.xml and styles.xml after the
 * edits. What Markup Compatibility lets a consumer ignore (attributes and elements in the namespaces
 * `mc:Ignorable` lists, which Excel and exceljs write) is removed first, as an MCE processor does.
 */
import fs from "fs";
import path from "path";
import { DOMParser, Element, XMLSerializer } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import { HealthScoreConfig } from "../../src/health-score";
import { WorkbookPackage, buildHealthScoreFile } from "../../src/xlsx";
import {
  MINMAX_CONFIG,
  MINMAX_SHEET,
  percentileConfig,
  percentileSheet,
} from "../health-score/fixtures";
import { xlsxFrom } from "./workbook-edit";
import { MemorySheet } from "../health-score/fixtures";

const SCHEMAS = path.join(__dirname, "..", "fixtures", "schemas", "transitional");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The part without what `mc:Ignorable` lets a consumer ignore (ECMA-376 Part 3). */
function withoutIgnorable(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const strip = (element: Element, ignorable: Set<string>) => {
    const declared = element.getAttributeNS(MC, "Ignorable");
    const ignored = new Set(ignorable);
    for (const prefix of declared ? declared.split(/\s+/) : []) {
      const uri = element.lookupNamespaceURI(prefix);
      if (uri) ignored.add(uri);
    }
    for (const attribute of Array.from(element.attributes))
      if (attribute.namespaceURI === MC || ignored.has(attribute.namespaceURI ?? ""))
        element.removeAttributeNode(attribute);
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      if (ignored.has((child as Element).namespaceURI ?? "")) element.removeChild(child);
      else strip(child as Element, ignored);
    }
  };
  strip(doc.documentElement as Element, new Set());
  return new XMLSerializer().serializeToString(doc);
}

async function validate(name: string, part: string): Promise<string[]> {
  const xml = withoutIgnorable(part);
  const files = fs
    .readdirSync(SCHEMAS)
    .filter((f) => f.endsWith(".xsd"))
    .sort();
  const load = (fileName: string) => ({
    fileName,
    contents: fs.readFileSync(path.join(SCHEMAS, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: name, contents: xml }],
    schema: [load("sml.xsd")],
    preload: files.filter((f) => f !== "sml.xsd").map(load),
  });
  if (result.valid) return [];
  const errors = result.errors.map((e) => e.rawMessage.trim());
  return errors.length > 0 ? errors : [result.rawOutput.trim() || "invalid without a message"];
}

const plainWorkbook = (sheets: readonly MemorySheet[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView firstSheet="0" activeTab="0"/></bookViews><sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 4}"/>`)
    .join(
      ""
    )}</sheets><definedNames><definedName name="Mine">${sheets[0].name}!$A$1</definedName></definedNames><calcPr calcId="171027"/></workbook>`;

async function build(sheet: MemorySheet, config: HealthScoreConfig) {
  const sheets = [sheet, { name: "Notes", rows: [["keep me"]] }];
  const pkg = new WorkbookPackage(await xlsxFrom(sheets));
  pkg.set("xl/workbook.xml", plainWorkbook(sheets));
  const result = await buildHealthScoreFile({
    file: "in.xlsx",
    content: pkg.toBuffer(),
    config,
    buildId: "0123456789ab",
    builtAt: 46001.25,
    productVersion: "0.1.0",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.output;
}

const CASES: readonly [string, MemorySheet, HealthScoreConfig][] = [
  ["min-max with trend and revenue", MINMAX_SHEET, MINMAX_CONFIG],
  ["percentile", percentileSheet([5, 1, 9, 3, 7]), percentileConfig(5, "higher")],
  ["right to left (ar)", MINMAX_SHEET, { ...MINMAX_CONFIG, locale: "ar" }],
];

describe.each(CASES)("%s", (_, sheet, config) => {
  let pkg: WorkbookPackage;
  beforeAll(async () => {
    pkg = await build(sheet, config);
  });

  it("writes sheets that validate against sml.xsd", async () => {
    const original = new Set([sheet.name, "Notes"]);
    const added = [...pkg.sheetParts()].filter(([name]) => !original.has(name));
    expect(added.length).toBeGreaterThan(0);
    for (const [name, part] of added)
      expect([name, await validate(part, pkg.text(part))]).toEqual([name, []]);
  });

  it("edits workbook.xml into a document that validates", async () => {
    expect(await validate("workbook.xml", pkg.text("xl/workbook.xml"))).toEqual([]);
  });

  it("edits styles.xml into a document that validates", async () => {
    expect(await validate("styles.xml", pkg.text("xl/styles.xml"))).toEqual([]);
  });
});
