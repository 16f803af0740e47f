/**
 * The file writer (spec §10): the input workbook's package plus the plan's new sheets. Parts the
 * plan does not concern are copied unchanged; workbook.xml, its relationships, the content types
 * and styles.xml get additions only, and other sheets lose their "selected tab" flag so that only
 * the new sheet is active (two selected tabs would open as a group in Excel).
 */
import { SheetPlan } from "../health-score";
import { absRange, sheetPrefix } from "../health-score/a1";
import {
  CONTENT_TYPE,
  REL_TYPE,
  addOverride,
  addRelationship,
  readRelationships,
  relationshipsPart,
  resolveTarget,
} from "./opc";
import { printNames } from "./print-setup-xml";
import { sheetXml } from "./sheet-xml";
import { MINIMAL_STYLES, StylesPart } from "./styles-part";
import { addSheets, readSheets } from "./workbook-part";
import { ZipEntry, deflatedEntry, entryContent, readZip, writeZip } from "./zip";

export class WorkbookPackage {
  private readonly entries: Map<string, ZipEntry>;

  constructor(buffer: Buffer) {
    this.entries = new Map(readZip(buffer).map((e) => [e.name, e]));
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  entry(part: string): ZipEntry {
    const entry = this.entries.get(part);
    if (!entry) throw new Error(`The workbook has no ${part}.`);
    return entry;
  }

  text(part: string): string {
    return entryContent(this.entry(part)).toString("utf8");
  }

  set(part: string, content: string | Buffer): void {
    this.entries.set(
      part,
      deflatedEntry(part, typeof content === "string" ? Buffer.from(content, "utf8") : content)
    );
  }

  /** The main workbook part, e.g. `xl/workbook.xml`. */
  workbookPart(): string {
    const rel = readRelationships(this.text("_rels/.rels")).find(
      (r) => r.type === REL_TYPE.officeDocument
    );
    if (!rel) throw new Error("The package has no workbook part.");
    return resolveTarget("", rel.target);
  }

  /** Worksheet part of every sheet, by sheet name. */
  sheetParts(): Map<string, string> {
    const workbook = this.workbookPart();
    const rels = readRelationships(this.text(relationshipsPart(workbook)));
    const parts = new Map<string, string>();
    for (const sheet of readSheets(this.text(workbook))) {
      const rel = rels.find((r) => r.id === sheet.relId);
      if (rel) parts.set(sheet.name, resolveTarget(workbook, rel.target));
    }
    return parts;
  }

  /** Removes a part (Share drops the calculation chain when it removes formulas). */
  delete(part: string): void {
    this.entries.delete(part);
  }

  toBuffer(): Buffer {
    return writeZip([...this.entries.values()]);
  }
}

export function writePlan(input: Buffer, plan: SheetPlan): Buffer {
  const pkg = new WorkbookPackage(input);
  const workbook = pkg.workbookPart();
  const relsPart = relationshipsPart(workbook);
  let rels = pkg.text(relsPart);
  let contentTypes = pkg.text("[Content_Types].xml");
  const relations = readRelationships(rels);
  const folder = workbook.slice(0, workbook.lastIndexOf("/") + 1);

  const stylesRel = relations.find((r) => r.type === REL_TYPE.styles);
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
    rels = addRelationship(rels, { id: newId(), type: REL_TYPE.styles, target: "styles.xml" });
    contentTypes = addOverride(contentTypes, `/${stylesPart}`, CONTENT_TYPE.styles);
  }

  for (const [, part] of pkg.sheetParts()) {
    const xml = pkg.text(part);
    if (/\stabSelected="(1|true)"/.test(xml))
      pkg.set(part, xml.replace(/\stabSelected="(1|true)"/, ""));
  }

  const newSheets = plan.sheets.map((sheet, i) => {
    let n = 1;
    while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    pkg.set(part, Buffer.concat(sheetXml(sheet, plan, styles, { selected: i === 0 })));
    const relId = newId();
    rels = addRelationship(rels, {
      id: relId,
      type: REL_TYPE.worksheet,
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

  pkg.set(stylesPart, styles.toXml());
  pkg.set(workbook, addSheets(pkg.text(workbook), newSheets));
  pkg.set(relsPart, rels);
  pkg.set("[Content_Types].xml", contentTypes);
  return pkg.toBuffer();
}
