/**
 * Reads what LibreOffice computed, straight from its .xlsx: unlike exceljs (which reads a formula
 * result "" as nothing and a 0 result as missing), this keeps "" (blank-looking text), 0 and
 * truly empty cells apart, which the health-score formulas rely on.
 */
import { WorkbookPackage } from "../../src/xlsx";
import { unescapeXml } from "../../src/xlsx/xml";

export type Computed = number | string | boolean | null | { error: string };

const texts = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join("");

export function readComputed(buffer: Buffer): Map<string, Map<string, Computed>> {
  const pkg = new WorkbookPackage(buffer);
  const shared = pkg.has("xl/sharedStrings.xml")
    ? [...pkg.text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        texts(m[1])
      )
    : [];
  const sheets = new Map<string, Map<string, Computed>>();
  for (const [name, part] of pkg.sheetParts()) {
    const cells = new Map<string, Computed>();
    for (const m of pkg
      .text(part)
      .matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\st="(\w+)"/.exec(m[2])?.[1] ?? "n";
      const body = m[3] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      cells.set(m[1], decode(type, v, body, shared));
    }
    sheets.set(name, cells);
  }
  return sheets;
}

function decode(type: string, v: string | undefined, body: string, shared: string[]): Computed {
  switch (type) {
    case "s":
      return shared[Number(v)];
    case "str":
      return unescapeXml(v ?? "");
    case "inlineStr":
      return texts(body);
    case "b":
      return v === "1";
    case "e":
      return { error: v ?? "" };
    default:
      return v === undefined || v === "" ? null : Number(v);
  }
}
