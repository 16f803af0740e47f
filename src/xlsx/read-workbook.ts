/**
 * Reads an input workbook for planning, straight from the package: the sheet list with ownership
 * markers and structure protection from workbook.xml, and the cell values (sheet-values.ts) of the
 * sheets the caller loads (those the config reads), so parts we do not need are never parsed. A
 * sheet is streamed from its zip entry into the value reader: its part is never held whole.
 */
import { ExistingSheet, SheetCells } from "../health-score";
import { relationshipsPart, resolveTarget } from "./opc";
import { relationshipKind } from "./package-rels";
import { readSharedStrings } from "./shared-strings";
import { SheetValues, sheetValuesReader } from "./sheet-values";
import { readWorkbookXml } from "./workbook-names";
import { WorkbookPackage } from "./write-workbook";
import { ZipLimitError } from "./zip-limits";

export class WorkbookReadError extends Error {}

export interface InputWorkbook {
  readonly sheets: readonly SheetCells[];
  readonly existing: readonly ExistingSheet[];
  readonly structureProtected: boolean;
  /** Reads the named sheets' values; their cells are asked for only after this resolves. */
  loadSheets(names: readonly string[]): Promise<void>;
}

/** An .xlsx input with the package it was read from (the parts read so far recorded in it). */
export interface XlsxInput extends InputWorkbook {
  readonly pkg: WorkbookPackage;
}

/** A refused archive (a bomb) is said as such by the caller, not as an unreadable workbook. */
const passLimits = (error: unknown, wrap: (error: unknown) => Error): Error =>
  error instanceof WorkbookReadError || error instanceof ZipLimitError ? error : wrap(error);

/** Compound File Binary: password-protected OOXML (and legacy .xls) use this container. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const NO_VALUES: SheetValues = { lastRow: 0, value: () => null };

/**
 * Without its relationship parts a package cannot say where its workbook or its sheets are, and
 * the output could not list the new sheet: refused by name, so the user knows what to repair.
 */
function refuseMissingRelationships(pkg: WorkbookPackage, file: string): void {
  const missing = (part: string, role: string) =>
    new WorkbookReadError(
      `${file} is not a readable .xlsx workbook: its relationships part ${part} is missing, so ${role} cannot be found. Open the file in Excel and save it again.`
    );
  if (!pkg.has("_rels/.rels")) throw missing("_rels/.rels", "the workbook part");
  const workbookRels = relationshipsPart(pkg.workbookPart());
  if (!pkg.has(workbookRels)) throw missing(workbookRels, "its sheets");
}

export async function readInputWorkbook(buffer: Buffer, file: string): Promise<XlsxInput> {
  if (buffer.subarray(0, 8).equals(CFB_SIGNATURE))
    throw new WorkbookReadError(
      `${file} is password-protected (encrypted) or an old binary .xls file. Save it as an unprotected .xlsx workbook and try again.`
    );
  const unreadable = (error: unknown) =>
    new WorkbookReadError(
      `${file} is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`
    );
  try {
    const pkg = new WorkbookPackage(buffer);
    refuseMissingRelationships(pkg, file);
    const workbookPart = pkg.workbookPart();
    const workbook = readWorkbookXml(pkg.text(workbookPart));
    const rels = pkg.workbookRelationships();
    let sharedStrings: string[] | undefined;
    const strings = () => {
      if (sharedStrings) return sharedStrings;
      const rel = rels.find((r) => relationshipKind(r.type) === "sharedStrings" && !r.external);
      const part = rel && resolveTarget(workbookPart, rel.target);
      return (sharedStrings = part && pkg.has(part) ? readSharedStrings(pkg.text(part)) : []);
    };
    const load = async (relId: string): Promise<SheetValues> => {
      const rel = rels.find((r) => r.id === relId && !r.external);
      if (!rel || relationshipKind(rel.type) !== "worksheet") return NO_VALUES; // a chart sheet
      const part = resolveTarget(workbookPart, rel.target);
      if (!pkg.has(part)) throw new Error(`the sheet part ${part} is missing`);
      const reader = sheetValuesReader(strings(), workbook.date1904);
      for await (const text of pkg.textChunks(part)) reader.write(text);
      return reader.close();
    };
    const loaded = new Map<string, SheetValues>();
    const valuesOf = (name: string): SheetValues => {
      const values = loaded.get(name);
      if (!values) throw new Error(`the values of sheet ${name} were read before it was loaded`);
      return values;
    };
    const loadSheets = async (names: readonly string[]) => {
      for (const s of workbook.sheets) {
        if (!names.includes(s.name) || loaded.has(s.name)) continue;
        try {
          loaded.set(s.name, await load(s.relId));
        } catch (error) {
          throw passLimits(error, unreadable);
        }
      }
    };
    const sheets = workbook.sheets.map((s): SheetCells => ({
      name: s.name,
      get lastRow() {
        return valuesOf(s.name).lastRow;
      },
      value: (row, column) => valuesOf(s.name).value(row, column),
    }));
    const existing = workbook.sheets.map((s, i): ExistingSheet => {
      const marker = workbook.names.find(
        (n) => n.localSheetId === i && n.name === "CSMetrics_Owner"
      );
      const text = marker && /^"(.*)"$/.exec(marker.formula.replace(/^=/, ""))?.[1];
      return { name: s.name, marker: text?.replace(/""/g, '"') };
    });
    return {
      sheets,
      existing,
      structureProtected: workbook.structureProtected,
      loadSheets,
      pkg,
    };
  } catch (error) {
    throw passLimits(error, unreadable);
  }
}
