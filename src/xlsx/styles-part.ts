/**
 * Adds the plan's styles to the workbook's own styles.xml: new fonts, fills, number formats,
 * cell formats (xf) and differential formats (dxf, for conditional formats) are appended after
 * the existing ones, whose indices the user's cells keep.
 */
import { CellStyle } from "../health-score";
import { attributes, elementPrefix, escapeXml } from "./xml";

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

export class StylesPart {
  private readonly p: string;
  private readonly baseFont: string;
  private readonly added: Record<string, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly existing: Record<string, number>;
  private nextFormatId: number;
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = elementPrefix(xml, "styleSheet");
    const child = {
      numFmts: "numFmt",
      fonts: "font",
      fills: "fill",
      cellXfs: "xf",
      dxfs: "dxf",
    } as const;
    this.existing = Object.fromEntries(
      Object.entries(child).map(([section, tag]) => [section, this.countChildren(section, tag)])
    );
    const ids = [...xml.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    this.nextFormatId = Math.max(163, ...ids) + 1;
    const firstFont = new RegExp(`<${this.p}font[\\s>][\\s\\S]*?</${this.p}font>`).exec(
      this.section("fonts") ?? ""
    );
    const size = /<[\w:]*sz val="([^"]+)"/.exec(firstFont?.[0] ?? "")?.[1] ?? "11";
    const name = /<[\w:]*name val="([^"]+)"/.exec(firstFont?.[0] ?? "")?.[1] ?? "Calibri";
    this.baseFont = `<${this.p}sz val="${escapeXml(size)}"/>{color}<${this.p}name val="${escapeXml(name)}"/>`;
  }

  private section(name: string): string | undefined {
    return new RegExp(`<${this.p}${name}(\\s[^>]*)?(/>|>[\\s\\S]*?</${this.p}${name}>)`).exec(
      this.xml
    )?.[0];
  }

  private countChildren(section: string, tag: string): number {
    const body = this.section(section);
    return body ? (body.match(new RegExp(`<${this.p}${tag}[\\s>/]`, "g")) ?? []).length : 0;
  }

  private add(section: string, xml: string): number {
    const list = this.added[section];
    list.push(xml);
    return this.existing[section] + list.length - 1;
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

  /** styles.xml with everything added. */
  toXml(): string {
    let xml = this.xml;
    for (const [section, items] of Object.entries(this.added)) {
      if (items.length > 0)
        xml = appendToSection(xml, this.p, section, items, this.existing[section] + items.length);
    }
    return xml;
  }
}

function appendToSection(
  xml: string,
  p: string,
  section: string,
  items: string[],
  count: number
): string {
  const open = new RegExp(`<${p}${section}(\\s[^>]*?)?(/?)>`);
  const match = open.exec(xml);
  const body = items.join("");
  if (!match) {
    const followers = ORDER.slice(ORDER.indexOf(section) + 1).map((s) => `<${p}${s}`);
    const at = followers.map((f) => xml.indexOf(f)).filter((i) => i >= 0);
    const index = at.length > 0 ? Math.min(...at) : xml.lastIndexOf(`</${p}styleSheet>`);
    return `${xml.slice(0, index)}<${p}${section} count="${count}">${body}</${p}${section}>${xml.slice(index)}`;
  }
  const attrs = (match[1] ?? "").replace(/\scount="\d*"/, "");
  const openTag = `<${p}${section} count="${count}"${attrs}>`;
  if (match[2] === "/")
    return (
      xml.slice(0, match.index) +
      openTag +
      body +
      `</${p}${section}>` +
      xml.slice(match.index + match[0].length)
    );
  const close = xml.indexOf(`</${p}${section}>`, match.index);
  return (
    xml.slice(0, match.index) +
    openTag +
    xml.slice(match.index + match[0].length, close) +
    body +
    xml.slice(close)
  );
}

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
