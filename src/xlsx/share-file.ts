/**
 * Share for a workbook file (docs/share.md): reads the package's sheets, shared strings, tables
 * and defined names, decides every CS formula (check-in-file.ts), and writes the edits
 * by splicing the parts' text at the parser's offsets. Parts without an edit are copied as they
 * were stored (byte-identical); workbook.xml gets `fullCalcOnLoad="1"`.
 */
import { FileDecisions, FileSheet, ShareEdit, decideFile } from "./check-in-file";
import { relationshipsPart, resolveTarget } from "./opc";
import {
  readContentTypeOverrides,
  readRelationshipEntries,
  relationshipKind,
} from "./package-rels";
import { SheetCell, readSheetCells } from "./sheet-formulas";
import { readSharedStrings } from "./shared-strings";
import { TablePart, readTablePart } from "./table-columns";
import { readWorkbookXml } from "./workbook-names";
import { WorkbookPackage } from "./write-workbook";
import { fullCalculationSplice } from "./workbook-part";
import { Splice, applySplices, escapeText, prefixOf, startTag } from "./xml-scan";

export interface ShareFileResult extends FileDecisions {
  /** The converted package; undefined when the workbook calls no CS function. */
  readonly output?: Buffer;
}

interface LoadedSheet extends FileSheet {
  readonly part?: string;
  readonly xml: string;
  readonly tableParts: readonly { part: string; xml: string; table: TablePart }[];
}

/** Reads, decides and (when there is anything to convert) writes. Throws on unreadable parts. */
export function shareWorkbookFile(input: Buffer, options: { values: boolean }): ShareFileResult {
  const pkg = new WorkbookPackage(input);
  const workbookPart = pkg.workbookPart();
  const workbookXml = pkg.text(workbookPart);
  const workbook = readWorkbookXml(workbookXml);
  const relsPart = relationshipsPart(workbookPart);
  const rels = pkg.has(relsPart) ? readRelationshipEntries(pkg.text(relsPart)) : [];
  const sharedRel = rels.find((r) => relationshipKind(r.type) === "sharedStrings");
  const sharedPart = sharedRel && resolveTarget(workbookPart, sharedRel.target);
  const sharedStrings =
    sharedPart && pkg.has(sharedPart) ? readSharedStrings(pkg.text(sharedPart)) : [];

  const sheets: LoadedSheet[] = workbook.sheets.map((s) => {
    const rel = rels.find((r) => r.id === s.relId && relationshipKind(r.type) === "worksheet");
    const part = rel && resolveTarget(workbookPart, rel.target);
    if (!part || !pkg.has(part))
      return {
        name: s.name,
        xml: "",
        cells: readSheetCells("<x/>", []),
        tables: [],
        tableParts: [],
      };
    const xml = pkg.text(part);
    const sheetRels = pkg.has(relationshipsPart(part))
      ? readRelationshipEntries(pkg.text(relationshipsPart(part)))
      : [];
    const tableParts = sheetRels
      .filter((r) => relationshipKind(r.type) === "table" && !r.external)
      .map((r) => resolveTarget(part, r.target))
      .filter((p) => pkg.has(p))
      .flatMap((p) => {
        const tableXml = pkg.text(p);
        const table = readTablePart(tableXml);
        return table ? [{ part: p, xml: tableXml, table }] : [];
      });
    return {
      name: s.name,
      part,
      xml,
      cells: readSheetCells(xml, sharedStrings),
      tables: tableParts.map((t) => t.table),
      tableParts,
    };
  });

  const decisions = decideFile({ sheets, names: workbook.names }, options);
  if (decisions.outcomes.length === 0) return decisions;

  for (const sheet of sheets) {
    const splices = decisions.edits.flatMap((e) =>
      "sheet" in e && e.kind !== "table-column" && e.sheet === sheet.name ? cellSplices(e) : []
    );
    if (splices.length > 0 && sheet.part) pkg.set(sheet.part, applySplices(sheet.xml, splices));
    for (const { part, xml, table } of sheet.tableParts) {
      const tableSplices = decisions.edits.flatMap((e) =>
        e.kind === "table-column" && e.table === table
          ? [
              e.text === undefined
                ? { start: e.column.formula!.start, end: e.column.formula!.end, text: "" }
                : {
                    start: e.column.formula!.contentStart,
                    end: e.column.formula!.contentEnd,
                    text: escapeText(e.text),
                  },
            ]
          : []
      );
      if (tableSplices.length > 0) pkg.set(part, applySplices(xml, tableSplices));
    }
  }

  const workbookSplices: Splice[] = decisions.edits.flatMap((e) =>
    e.kind === "name"
      ? [{ start: e.name.contentStart, end: e.name.contentEnd, text: escapeText(e.text) }]
      : []
  );
  const calc = fullCalculationSplice(workbook);
  if (calc) workbookSplices.push(calc);
  pkg.set(workbookPart, applySplices(workbookXml, workbookSplices));

  if (decisions.removesFormulas) dropCalculationChain(pkg, workbookPart, relsPart);
  return { ...decisions, output: pkg.toBuffer() };
}

/** The splices one cell edit makes in its sheet's text. */
function cellSplices(edit: ShareEdit): Splice[] {
  if (edit.kind !== "formula" && edit.kind !== "add-formula" && edit.kind !== "freeze") return [];
  const { cell } = edit;
  const f = cell.formula;
  const prefix = prefixOf(cell.element.name);
  switch (edit.kind) {
    case "formula": {
      if (!f) return [];
      if (!edit.ordinary && !f.element.selfClosing)
        return [
          { start: f.element.contentStart, end: f.element.contentEnd, text: escapeText(edit.text) },
        ];
      const kept = { ...f.element.attributes };
      for (const a of ["t", "ref", "si", "cm"]) delete kept[a];
      const text = `${startTag(f.element.name, kept)}${escapeText(edit.text)}</${f.element.name}>`;
      const splices: Splice[] = [{ start: f.element.start, end: f.element.end, text }];
      if (cell.element.attribute("cm") !== undefined) splices.push(withoutCm(cell));
      return splices;
    }
    case "add-formula": {
      const formula = `<${prefix}f>${escapeText(edit.text)}</${prefix}f>`;
      if (cell.valueElement)
        return [{ start: cell.valueElement.start, end: cell.valueElement.start, text: formula }];
      if (!cell.element.selfClosing)
        return [
          { start: cell.element.contentStart, end: cell.element.contentStart, text: formula },
        ];
      return [
        {
          start: cell.element.start,
          end: cell.element.end,
          text: `${startTag(cell.element.name, cell.element.attributes)}${formula}</${cell.element.name}>`,
        },
      ];
    }
    case "freeze": {
      const splices: Splice[] = f ? [{ start: f.element.start, end: f.element.end, text: "" }] : [];
      if (cell.type === "str" && cell.valueElement) {
        const attributes: Record<string, string> = { ...cell.element.attributes, t: "inlineStr" };
        delete attributes.cm;
        splices.push(
          {
            start: cell.element.start,
            end: cell.element.contentStart,
            text: startTag(cell.element.name, attributes),
          },
          {
            start: cell.valueElement.start,
            end: cell.valueElement.end,
            text: `<${prefix}is><${prefix}t xml:space="preserve">${escapeText(String(cell.value ?? ""))}</${prefix}t></${prefix}is>`,
          }
        );
      } else if (cell.element.attribute("cm") !== undefined) splices.push(withoutCm(cell));
      return splices;
    }
  }
}

/** The cell's start tag without `cm` (the dynamic-array metadata of a spill now written out). */
function withoutCm(cell: SheetCell): Splice {
  const attributes = { ...cell.element.attributes };
  delete attributes.cm;
  return {
    start: cell.element.start,
    end: cell.element.contentStart,
    text: startTag(cell.element.name, attributes, cell.element.selfClosing),
  };
}

/**
 * Removes xl/calcChain.xml with its relationship and content-type entry: it lists the cells that
 * held formulas, and Excel reports a damaged file when one no longer does. Excel rebuilds it.
 */
function dropCalculationChain(pkg: WorkbookPackage, workbookPart: string, relsPart: string): void {
  if (!pkg.has(relsPart)) return;
  const relsXml = pkg.text(relsPart);
  const chain = readRelationshipEntries(relsXml).find(
    (r) => relationshipKind(r.type) === "calcChain"
  );
  if (!chain) return;
  const part = resolveTarget(workbookPart, chain.target);
  pkg.set(relsPart, applySplices(relsXml, [{ start: chain.start, end: chain.end, text: "" }]));
  const typesXml = pkg.text("[Content_Types].xml");
  const override = readContentTypeOverrides(typesXml).get(`/${part}`.toLowerCase());
  if (override)
    pkg.set(
      "[Content_Types].xml",
      applySplices(typesXml, [{ start: override.start, end: override.end, text: "" }])
    );
  pkg.delete(part);
}
