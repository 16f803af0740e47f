/**
 * Reads what LibreOffice computed, straight from its .xlsx, with the product's XML scanner:
 * unlike the product's value reader (which drops blank-looking text, as a source value of ""
 * means nothing), this keeps "" (a formula's blank-looking result), 0 and truly empty cells
 * apart, which the health-score formulas rely on.
 */
import { WorkbookPackage } from "../../src/xlsx";
import { readSharedStrings } from "../../src/xlsx/shared-strings";
import { storedValue } from "../../src/xlsx/sheet-formulas";
import { SPREADSHEETML, scanXml } from "../../src/xlsx/xml-scan";

export type Computed = number | string | boolean | null | { error: string };

/** Every cell element of a worksheet part, by its `r` address, with its stored value. */
function sheetCells(xml: string, shared: readonly string[]): Map<string, Computed> {
  const cells = new Map<string, Computed>();
  let address = "";
  let type = "n";
  let v: string | undefined;
  let inline: string | undefined;
  let hasFormula = false;
  scanXml(xml, {
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri) || e.local !== "c") return;
      address = e.attribute("r") ?? "";
      type = e.attribute("t") ?? "n";
      v = inline = undefined;
      hasFormula = false;
    },
    close: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "f") hasFormula = true;
      else if (e.local === "v" && e.parent?.local === "c") v = e.text;
      else if (e.local === "t" && (e.parent?.local === "is" || e.parent?.parent?.local === "is"))
        inline = (inline ?? "") + e.text;
      else if (e.local === "c")
        cells.set(address, storedValue(type, v, inline, hasFormula, shared) ?? null);
    },
  });
  return cells;
}

export function readComputed(buffer: Buffer): Map<string, Map<string, Computed>> {
  const pkg = new WorkbookPackage(buffer);
  const shared = pkg.has("xl/sharedStrings.xml")
    ? readSharedStrings(pkg.text("xl/sharedStrings.xml"))
    : [];
  const sheets = new Map<string, Map<string, Computed>>();
  for (const [name, part] of pkg.sheetParts()) sheets.set(name, sheetCells(pkg.text(part), shared));
  return sheets;
}
