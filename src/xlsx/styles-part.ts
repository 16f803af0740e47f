/**
 * Adds the plan's styles to the workbook's own styles.xml: new fonts, fills, number formats,
 * cell formats (xf) and differential formats (dxf, for conditional formats) are appended after
 * the existing ones, whose indices the user's cells keep. The part is read with scanXml and
 * edited by splicing; an item already there as we would write it (a run on our own output) is
 * reused, so running again adds nothing.
 */
import { CellStyle } from "../health-score";
import { attributes, escapeXml } from "./xml";
import {
  ClosedElement,
  SPREADSHEETML,
  Splice,
  applySplices,
  prefixOf,
  scanXml,
  XmlError,
  startTag,
} from "./xml-scan";

const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
};

/** Sections in the order styleSheet requires; a missing one is created before its followers. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** Each section's item element. */
const ITEM = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  cellXfs: "xf",
  dxfs: "dxf",
} as const;
type Section = keyof typeof ITEM;

/** What the constructor reads from styles.xml. */
interface ReadStyles {
  readonly root: ClosedElement;
  readonly sections: Map<string, ClosedElement>;
  /** Each root child's start by local name (where a missing section goes). */
  readonly rootChildren: Map<string, number>;
  /** Each section's items as written, to their index: an item we would add may be there already. */
  readonly items: Record<Section, Map<string, number>>;
  /** How many items each section has (identical items included). */
  readonly counts: Readonly<Record<string, number>>;
  readonly formatIds: Map<string, number>;
  readonly maxFormatId: number;
  readonly fontSize: string;
  readonly fontName: string;
}

function readStyles(xml: string): ReadStyles {
  let root: ClosedElement | undefined;
  const sections = new Map<string, ClosedElement>();
  const rootChildren = new Map<string, number>();
  const items = Object.fromEntries(
    Object.keys(ITEM).map((k) => [k, new Map<string, number>()])
  ) as Record<Section, Map<string, number>>;
  const counts: Record<string, number> = {};
  const formatIds = new Map<string, number>();
  let maxFormatId = 163;
  let fontSize: string | undefined;
  let fontName: string | undefined;
  scanXml(xml, {
    open: (e) => {
      if (e.parent && !e.parent.parent && !rootChildren.has(e.local))
        rootChildren.set(e.local, e.start);
    },
    close: (e) => {
      if (!e.parent) root = e;
      if (!SPREADSHEETML.has(e.uri)) return;
      const id = Number(e.attribute("numFmtId"));
      if (Number.isInteger(id)) maxFormatId = Math.max(maxFormatId, id);
      const section = e.parent?.local;
      if (e.parent && !e.parent.parent) {
        if (!sections.has(e.local)) sections.set(e.local, e);
      } else if (section && section in ITEM && e.parent?.parent?.parent === undefined) {
        if (e.local !== ITEM[section as Section]) return;
        const index = (counts[section] = (counts[section] ?? 0) + 1) - 1;
        const text = xml.slice(e.start, e.end);
        if (!items[section as Section].has(text)) items[section as Section].set(text, index);
        if (section === "numFmts") formatIds.set(e.attribute("formatCode") ?? "", id);
      } else if (e.parent?.local === "font" && e.parent.parent?.local === "fonts") {
        // The first font is the workbook's default: new fonts take its size and face.
        if (counts.fonts === undefined && e.local === "sz") fontSize ??= e.attribute("val");
        if (counts.fonts === undefined && e.local === "name") fontName ??= e.attribute("val");
      }
    },
  });
  if (!root || root.local !== "styleSheet" || !SPREADSHEETML.has(root.uri))
    throw new XmlError("styles.xml has no SpreadsheetML styleSheet element");
  return {
    root,
    sections,
    rootChildren,
    items,
    counts,
    formatIds,
    maxFormatId,
    fontSize: fontSize ?? "11",
    fontName: fontName ?? "Calibri",
  };
}

export class StylesPart {
  private readonly p: string;
  private readonly baseFont: string;
  private readonly read: ReadStyles;
  private readonly added: Record<Section, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private nextFormatId: number;
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.read = readStyles(xml);
    this.p = prefixOf(this.read.root.name);
    this.nextFormatId = this.read.maxFormatId + 1;
    this.baseFont = `<${this.p}sz val="${escapeXml(this.read.fontSize)}"/>{color}<${this.p}name val="${escapeXml(this.read.fontName)}"/>`;
  }

  private existingCount(section: Section): number {
    return this.read.counts[section] ?? 0;
  }

  /** The item's index: the same item already in styles.xml (our own earlier run), or a new one. */
  private add(section: Section, xml: string): number {
    const found = this.read.items[section].get(xml);
    if (found !== undefined) return found;
    const list = this.added[section];
    list.push(xml);
    return this.existingCount(section) + list.length - 1;
  }

  private cached(key: string, create: () => number): number {
    const found = this.memo.get(key);
    if (found !== undefined) return found;
    const index = create();
    this.memo.set(key, index);
    return index;
  }

  private numberFormat(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const existing = this.read.formatIds.get(code);
    if (existing !== undefined && Number.isInteger(existing)) return existing;
    return this.cached(`fmt:${code}`, () => {
      const id = this.nextFormatId++;
      this.add("numFmts", `<${this.p}numFmt${attributes({ numFmtId: id, formatCode: code })}/>`);
      return id;
    });
  }

  private font(bold: boolean, color: string | undefined): number {
    if (!bold && color === undefined) return 0;
    return this.cached(`font:${bold}:${color}`, () =>
      this.add(
        "fonts",
        `<${this.p}font>${bold ? `<${this.p}b/>` : ""}${this.baseFont.replace(
          "{color}",
          color ? `<${this.p}color rgb="${argb(color)}"/>` : ""
        )}</${this.p}font>`
      )
    );
  }

  private fill(color: string | undefined): number {
    if (color === undefined) return 0;
    return this.cached(`fill:${color}`, () =>
      this.add(
        "fills",
        `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${argb(color)}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`
      )
    );
  }

  /** The cellXfs index of a style (0 for the default look). */
  cellFormat(style: CellStyle): number {
    if (!style.bold && !style.fill && !style.fontColor && !style.wrap && !style.numberFormat)
      return 0;
    return this.cached(`xf:${JSON.stringify(style)}`, () => {
      const numFmtId = this.numberFormat(style.numberFormat);
      const fontId = this.font(!!style.bold, style.fontColor);
      const fillId = this.fill(style.fill);
      const attrs = attributes({
        numFmtId,
        fontId,
        fillId,
        borderId: 0,
        xfId: 0,
        applyNumberFormat: numFmtId ? 1 : undefined,
        applyFont: fontId ? 1 : undefined,
        applyFill: fillId ? 1 : undefined,
        applyAlignment: style.wrap ? 1 : undefined,
      });
      const alignment = style.wrap ? `<${this.p}alignment wrapText="1" vertical="top"/>` : "";
      return this.add("cellXfs", `<${this.p}xf${attrs}>${alignment}</${this.p}xf>`);
    });
  }

  /** A differential format for a conditional format: font colour and/or fill. */
  differentialFormat(fontColor: string | undefined, fill: string | undefined): number {
    return this.cached(`dxf:${fontColor}:${fill}`, () => {
      const font = fontColor
        ? `<${this.p}font><${this.p}color rgb="${argb(fontColor)}"/></${this.p}font>`
        : "";
      const background = fill
        ? `<${this.p}fill><${this.p}patternFill><${this.p}bgColor rgb="${argb(fill)}"/></${this.p}patternFill></${this.p}fill>`
        : "";
      return this.add("dxfs", `<${this.p}dxf>${font}${background}</${this.p}dxf>`);
    });
  }

  /** styles.xml with everything added (unchanged when nothing is new). */
  toXml(): string {
    const splices: Splice[] = [];
    for (const section of Object.keys(this.added) as Section[]) {
      const items = this.added[section];
      if (items.length === 0) continue;
      const count = String(this.existingCount(section) + items.length);
      const element = this.read.sections.get(section);
      if (!element) {
        const followers = ORDER.slice(ORDER.indexOf(section) + 1).flatMap((s) => {
          const at = this.read.rootChildren.get(s);
          return at === undefined ? [] : [at];
        });
        const at = Math.min(this.read.root.contentEnd, ...followers);
        const p = this.p;
        splices.push({
          start: at,
          end: at,
          text: `${startTag(`${p}${section}`, { count })}${items.join("")}</${p}${section}>`,
        });
        continue;
      }
      const attributes = { ...element.attributes, count };
      if (element.selfClosing) {
        splices.push({
          start: element.start,
          end: element.end,
          text: `${startTag(element.name, attributes)}${items.join("")}</${element.name}>`,
        });
        continue;
      }
      splices.push(
        {
          start: element.start,
          end: element.contentStart,
          text: startTag(element.name, attributes),
        },
        { start: element.contentEnd, end: element.contentEnd, text: items.join("") }
      );
    }
    return applySplices(this.xml, splices);
  }
}

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
