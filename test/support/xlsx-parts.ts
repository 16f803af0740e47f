/**
 * Excel-shaped .xlsx packages written part by part (the XML as Excel saves it), for Share's
 * tests and bench: shared formulas, array formulas with dynamic-array metadata, tables with
 * calculated columns, defined names, shared strings, styles and a calculation chain.
 */
import { deflatedEntry, entryContent, readZip, writeZip } from "../../src/xlsx/zip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A cell as written: a number, text (a shared string), or the full element's parts. */
export interface CellSpec {
  readonly ref: string;
  readonly t?: string;
  readonly v?: string;
  /** Formula text (escaped by the builder), with its attributes. */
  readonly f?: string;
  readonly fAttrs?: Record<string, string>;
  readonly cm?: string;
  readonly s?: string;
}

export interface SheetSpec {
  readonly name: string;
  readonly cells: readonly CellSpec[];
  /** A table on this sheet. */
  readonly table?: string;
}

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly names?: readonly { name: string; formula: string; localSheetId?: number }[];
  readonly sharedStrings?: readonly string[];
  /** Write a calcChain listing every formula cell. */
  readonly calcChain?: boolean;
  /** Put `<calcPr calcId="191029"/>` in workbook.xml (Excel does). */
  readonly calcPr?: boolean;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const attrs = (a: Record<string, string | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v as string)}"`)
    .join("");

const rowOf = (ref: string): number => Number(/\d+$/.exec(ref)![0]);
const columnOf = (ref: string): number =>
  [.../^[A-Z]+/.exec(ref)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function sheetXml(cells: readonly CellSpec[], tablePart = false): string {
  const rows = new Map<number, CellSpec[]>();
  for (const c of cells) rows.set(rowOf(c.ref), [...(rows.get(rowOf(c.ref)) ?? []), c]);
  const body = [...rows]
    .sort(([a], [b]) => a - b)
    .map(
      ([r, cs]) =>
        `<row r="${r}" spans="1:20" x14ac:dyDescent="0.25">${[...cs]
          .sort((a, b) => columnOf(a.ref) - columnOf(b.ref))
          .map((c) => {
            const f = c.f === undefined ? "" : `<f${attrs(c.fAttrs ?? {})}>${esc(c.f)}</f>`;
            const fSelf = c.f === undefined && c.fAttrs ? `<f${attrs(c.fAttrs)}/>` : "";
            const v = c.v === undefined ? "" : `<v>${esc(c.v)}</v>`;
            return `<c${attrs({ r: c.ref, s: c.s, t: c.t, cm: c.cm })}>${f}${fSelf}${v}</c>`;
          })
          .join("")}</row>`
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    `<sheetData>${body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    (tablePart ? `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` : "") +
    `</worksheet>`
  );
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const METADATA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<metadata xmlns="${MAIN_NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

/** The parts of the workbook, by name, in the order Excel writes them. */
export function bookParts(book: BookSpec): Map<string, string> {
  const parts = new Map<string, string>();
  const overrides: [string, string][] = [
    ["/xl/workbook.xml", `${CT}.sheet.main+xml`],
    ...book.sheets.map((_, i): [string, string] => [
      `/xl/worksheets/sheet${i + 1}.xml`,
      `${CT}.worksheet+xml`,
    ]),
    ["/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"],
    ["/xl/styles.xml", `${CT}.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT}.sharedStrings+xml`],
    ["/xl/metadata.xml", `${CT}.sheetMetadata+xml`],
    ...book.sheets.flatMap((s, i): [string, string][] =>
      s.table ? [[`/xl/tables/table${i + 1}.xml`, `${CT}.table+xml`]] : []
    ),
    ...(book.calcChain ? [["/xl/calcChain.xml", `${CT}.calcChain+xml`] as [string, string]] : []),
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  parts.set(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`
  );
  parts.set(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  parts.set(
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`
  );
  parts.set(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ana Müller</dc:creator></cp:coreProperties>`
  );
  const names = book.names ?? [];
  parts.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>${book.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
      (names.length
        ? `<definedNames>${names.map((n) => `<definedName name="${esc(n.name)}"${n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`}>${esc(n.formula)}</definedName>`).join("")}</definedNames>`
        : "") +
      (book.calcPr === false ? "" : `<calcPr calcId="191029"/>`) +
      `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`
  );
  const n = book.sheets.length;
  parts.set(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}">${book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${n + 1}" Type="${REL_NS}/theme" Target="theme/theme1.xml"/><Relationship Id="rId${n + 2}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${n + 3}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 4}" Type="http://schemas.openxmlformats.org/officeDocument/2017/06/relationships/sheetMetadata" Target="metadata.xml"/>${book.calcChain ? `<Relationship Id="rId${n + 5}" Type="${REL_NS}/calcChain" Target="calcChain.xml"/>` : ""}</Relationships>`
  );
  book.sheets.forEach((s, i) => {
    parts.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.cells, s.table !== undefined));
    if (s.table) {
      parts.set(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table${i + 1}.xml"/></Relationships>`
      );
      parts.set(`xl/tables/table${i + 1}.xml`, s.table);
    }
  });
  parts.set(
    "xl/theme/theme1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements/></a:theme>`
  );
  parts.set("xl/styles.xml", STYLES);
  const strings = book.sharedStrings ?? [];
  parts.set(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`
  );
  parts.set("xl/metadata.xml", METADATA);
  if (book.calcChain)
    parts.set(
      "xl/calcChain.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="${MAIN_NS}">${book.sheets
        .flatMap((s, i) =>
          s.cells
            .filter((c) => c.f !== undefined || c.fAttrs)
            .map((c) => `<c r="${c.ref}" i="${i + 1}"/>`)
        )
        .join("")}</calcChain>`
    );
  return parts;
}

export function zipParts(parts: ReadonlyMap<string, string | Buffer>): Buffer {
  return writeZip([...parts].map(([name, content]) => deflatedEntry(name, Buffer.from(content))));
}

/** Every part of a package, uncompressed. */
export function unzipParts(buffer: Buffer): Map<string, Buffer> {
  return new Map(readZip(buffer).map((e) => [e.name, entryContent(e)]));
}
