/**
 * The file writer: the input workbook's package plus the plan's new sheets. Parts the plan does
 * not concern are copied byte for byte, the user's sheets included; workbook.xml, its
 * relationships, the content types and styles.xml get additions only, spliced into their text.
 * In a Strict Open XML workbook the new sheet and its relationship are written in Strict's
 * namespaces, the ones the rest of the package uses.
 */
import { SheetPlan } from "../health-score";
import { absRange, sheetPrefix } from "../a1/a1";
import {
  CONTENT_TYPE,
  addOverride,
  addRelationship,
  relationshipType,
  relationshipsPart,
  resolveTarget,
} from "./opc";
import { readRelationshipEntries, relationshipKind } from "./package-rels";
import { printNames } from "./print-setup-xml";
import { sheetXml } from "./sheet-xml";
import { MINIMAL_STYLES, StylesPart } from "./styles-part";
import { readWorkbookXml } from "./workbook-names";
import { addSheets } from "./workbook-part";
import { NS_STRICT_MAIN } from "./xml";
import { utf8Chunks } from "./utf8-chunks";
import { ZipEntry, deflatedEntry, entryChunks, entryContent, readZip, writeZip } from "./zip";
import { PackageEntry, isStreamed, writeZipTo } from "./zip-stream";

export class WorkbookPackage {
  private readonly entries: Map<string, PackageEntry>;
  private readonly read = new Set<string>();
  /** Parts set or streamed here: not the input's, so reading them proves nothing about it. */
  private readonly changed = new Set<string>();

  constructor(buffer: Buffer) {
    this.entries = new Map(readZip(buffer).map((e) => [e.name, e]));
  }

  /** The input's parts read so far, each proven against its size and CRC as it was inflated. */
  get checkedParts(): ReadonlySet<string> {
    return this.read;
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  entry(part: string): ZipEntry {
    const entry = this.entries.get(part);
    if (!entry) throw new Error(`The workbook has no ${part}.`);
    return isStreamed(entry) ? deflatedEntry(part, Buffer.concat([...entry.chunks()])) : entry;
  }

  text(part: string): string {
    const text = entryContent(this.entry(part)).toString("utf8");
    if (!this.changed.has(part)) this.read.add(part);
    return text;
  }

  /**
   * A part's text in pieces as it is inflated, for a part too large to hold whole (a sheet of a
   * million rows); recorded as read, like text(), once all of it has been proven.
   */
  async *textChunks(part: string): AsyncGenerator<string> {
    yield* utf8Chunks(entryChunks(this.entry(part)));
    if (!this.changed.has(part)) this.read.add(part);
  }

  set(part: string, content: string | Buffer): void {
    this.changed.add(part);
    this.entries.set(
      part,
      deflatedEntry(part, typeof content === "string" ? Buffer.from(content, "utf8") : content)
    );
  }

  /** The package's officeDocument relationship (Strict or Transitional). */
  private officeDocument() {
    const rel = readRelationshipEntries(this.text("_rels/.rels")).find(
      (r) => relationshipKind(r.type) === "officeDocument" && !r.external
    );
    if (!rel) throw new Error("The package has no workbook part.");
    return rel;
  }

  /** The main workbook part, e.g. `xl/workbook.xml`. */
  workbookPart(): string {
    return resolveTarget("", this.officeDocument().target);
  }

  /** A relationship type in the package's own family (Strict or Transitional). */
  relationshipType(kind: string): string {
    return relationshipType(this.officeDocument().type, kind);
  }

  /** The workbook's relationships (none when the part is missing). */
  workbookRelationships() {
    const part = relationshipsPart(this.workbookPart());
    return this.has(part) ? readRelationshipEntries(this.text(part)) : [];
  }

  /** The part of every sheet (worksheet or chart sheet), by sheet name. */
  sheetParts(): Map<string, string> {
    const workbook = this.workbookPart();
    const rels = this.workbookRelationships();
    const parts = new Map<string, string>();
    for (const sheet of readWorkbookXml(this.text(workbook)).sheets) {
      const rel = rels.find((r) => r.id === sheet.relId);
      if (rel) parts.set(sheet.name, resolveTarget(workbook, rel.target));
    }
    return parts;
  }

  /** Removes a part (Share drops the calculation chain when it removes formulas). */
  delete(part: string): void {
    this.entries.delete(part);
  }

  /** A part whose content is produced only when the package is written (a large new sheet). */
  setStreamed(part: string, chunks: () => Iterable<Buffer>): void {
    this.changed.add(part);
    this.entries.set(part, { name: part, chunks });
  }

  toBuffer(): Buffer {
    return writeZip([...this.entries.keys()].map((part) => this.entry(part)));
  }

  /** Writes the package into an open file, streaming the parts set with setStreamed. */
  writeTo(fd: number): Promise<void> {
    return writeZipTo(fd, [...this.entries.values()]);
  }
}

/** The input package with the plan's sheets added, ready to write. */
export function writePlan(input: Buffer, plan: SheetPlan): Buffer {
  return addPlan(new WorkbookPackage(input), plan).toBuffer();
}

export function addPlan(pkg: WorkbookPackage, plan: SheetPlan): WorkbookPackage {
  const workbook = pkg.workbookPart();
  const relsPart = relationshipsPart(workbook);
  let rels = pkg.text(relsPart);
  let contentTypes = pkg.text("[Content_Types].xml");
  const relations = pkg.workbookRelationships();
  const folder = workbook.slice(0, workbook.lastIndexOf("/") + 1);
  const namespace = readWorkbookXml(pkg.text(workbook)).root.uri;

  const stylesRel = relations.find((r) => relationshipKind(r.type) === "styles" && !r.external);
  const stylesPart = stylesRel ? resolveTarget(workbook, stylesRel.target) : `${folder}styles.xml`;
  const styles = new StylesPart(stylesRel ? pkg.text(stylesPart) : MINIMAL_STYLES);
  const usedIds = new Set(relations.map((r) => r.id));
  const newId = () => {
    let i = usedIds.size + 1;
    while (usedIds.has(`rId${i}`)) i++;
    usedIds.add(`rId${i}`);
    return `rId${i}`;
  };
  if (!stylesRel) {
    rels = addRelationship(rels, {
      id: newId(),
      type: pkg.relationshipType("styles"),
      target: "styles.xml",
    });
    contentTypes = addOverride(contentTypes, `/${stylesPart}`, CONTENT_TYPE.styles);
  }

  const newSheets = plan.sheets.map((sheet) => {
    let n = 1;
    while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    pkg.setStreamed(part, sheetXml(sheet, plan, styles, { strict: namespace === NS_STRICT_MAIN }));
    const relId = newId();
    rels = addRelationship(rels, {
      id: relId,
      type: pkg.relationshipType("worksheet"),
      target: `worksheets/sheet${n}.xml`,
    });
    contentTypes = addOverride(contentTypes, `/${part}`, CONTENT_TYPE.worksheet);
    const names = [...sheet.names, ...printNames(sheet)];
    if (sheet.autoFilter) {
      const { top, left, bottom, right } = sheet.autoFilter;
      names.push({
        name: "_xlnm._FilterDatabase",
        formula: sheetPrefix(sheet.name) + absRange(top, left, bottom, right),
        hidden: true,
      });
    }
    return { name: sheet.name, relId, names };
  });

  const stylesXml = styles.toXml();
  // Unchanged (a run on our own output) stays byte for byte as stored.
  if (!stylesRel || stylesXml !== pkg.text(stylesPart)) pkg.set(stylesPart, stylesXml);
  pkg.set(workbook, addSheets(pkg.text(workbook), newSheets));
  pkg.set(relsPart, rels);
  pkg.set("[Content_Types].xml", contentTypes);
  return pkg;
}
