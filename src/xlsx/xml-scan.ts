/**
 * A streaming pass over one XML part with saxes (strict, namespace-aware): every element with its
 * namespace, local name, attributes, decoded text and its character offsets in the part's text,
 * so an editor can splice new text in at exact places and leave every other character as it was.
 *
 * Offsets are indexes into the JavaScript string the part was decoded to (UTF-16 code units, as
 * String.prototype.slice counts): saxes counts the same way, CRLF included.
 */
import { SaxesParser, SaxesTagNS } from "saxes";

/** SpreadsheetML's main namespace, Transitional and Strict. */
export const SPREADSHEETML = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** The relationships namespace (r:id), Transitional and Strict. */
export const OFFICE_RELATIONSHIPS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

export interface XmlElement {
  /** Namespace URI ("" when none). */
  readonly uri: string;
  readonly local: string;
  /** The qualified name as written (`x:c`). */
  readonly name: string;
  /**
   * Attribute values (decoded) by qualified name as written (`r`, `r:id`): for writing a start
   * tag back; reading goes through attribute(), which resolves prefixes.
   */
  readonly attributes: Readonly<Record<string, string>>;
  /**
   * The one way to read an attribute: by local name, in one of `uris` when given (Strict and
   * Transitional spellings of a namespace, whatever prefix the part chose), else without a
   * namespace (unprefixed attributes have none; the element's default namespace does not apply).
   */
  attribute(local: string, uris?: ReadonlySet<string>): string | undefined;
  /** Offset of the start tag's "<". */
  readonly start: number;
  /** Offset just after the start tag's ">" (the content's first character). */
  readonly contentStart: number;
  readonly selfClosing: boolean;
  /** The parent element, undefined for the root. */
  readonly parent?: XmlElement;
  /**
   * A prefix bound to `uri` where this element stands ("" for the default namespace), or
   * undefined when none is in scope: a writer adding a child uses the prefixes the part declares.
   */
  prefixFor(uri: string): string | undefined;
}

export interface ClosedElement extends XmlElement {
  /** Offset of the end tag's "<" (== contentStart for a self-closing element). */
  readonly contentEnd: number;
  /** Offset just after the element's last character. */
  readonly end: number;
  /** The element's own text (character data and CDATA, entities decoded; not its children's). */
  readonly text: string;
}

export interface XmlVisitor {
  open?(element: XmlElement): void;
  close?(element: ClosedElement): void;
}

export class XmlError extends Error {}

/** One element as the scan builds it: filled in at its start tag, completed at its end tag. */
class ScannedElement implements ClosedElement {
  readonly uri: string;
  readonly local: string;
  readonly name: string;
  readonly attributes: Record<string, string> = {};
  readonly selfClosing: boolean;
  contentEnd = 0;
  end = 0;
  text = "";

  /** Namespaced attributes' values by `{uri}local` (few elements have any). */
  private readonly namespaced?: Record<string, string>;
  /** The namespaces this element declares, prefix ("" for default) to URI. */
  private readonly declared: Readonly<Record<string, string>>;

  constructor(
    tag: SaxesTagNS,
    readonly start: number,
    readonly contentStart: number,
    readonly parent: ScannedElement | undefined
  ) {
    this.uri = tag.uri;
    this.local = tag.local;
    this.name = tag.name;
    this.selfClosing = tag.isSelfClosing;
    this.declared = tag.ns;
    for (const qname in tag.attributes) {
      const a = tag.attributes[qname];
      this.attributes[qname] = a.value;
      if (a.uri) (this.namespaced ??= {})[`{${a.uri}}${a.local}`] = a.value;
    }
  }

  attribute(local: string, uris?: ReadonlySet<string>): string | undefined {
    if (!uris) return local.includes(":") ? undefined : this.attributes[local];
    for (const uri of uris) {
      const value = this.namespaced?.[`{${uri}}${local}`];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  prefixFor(uri: string): string | undefined {
    const shadowed = new Set<string>();
    for (let e: ScannedElement | undefined = this; e; e = e.parent) {
      for (const prefix in e.declared) {
        if (!shadowed.has(prefix) && e.declared[prefix] === uri) return prefix;
        shadowed.add(prefix);
      }
    }
    return undefined;
  }
}

/** Parses `xml` (a whole part as text, a leading byte-order mark allowed) and visits its elements. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: ScannedElement[] = [];
  let failure: Error | undefined;
  let tagStart = 0;
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1 + bom);
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const element = new ScannedElement(
      tag,
      tagStart,
      parser.position + bom,
      stack[stack.length - 1]
    );
    stack.push(element);
    visitor.open?.(element);
  });
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    const element = stack.pop() as ScannedElement;
    element.end = parser.position + bom;
    element.contentEnd = element.selfClosing
      ? element.contentStart
      : xml.lastIndexOf("</", element.end - 1);
    visitor.close?.(element);
  });
  try {
    parser.write(bom ? xml.slice(1) : xml).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw new XmlError(failure.message);
}

/** Element content escaped: `&`, `<` and `>` only, so quotes stay as Excel writes them. */
export const escapeText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Text with the XML special characters escaped for an attribute value in double quotes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** An attribute value escaped so that it reads back exactly (line ends and tabs as references). */
const escapeAttribute = (text: string): string =>
  escapeXml(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");

/**
 * A start tag written anew from an element's qualified name and attributes (decoded values, in
 * the order given), `/>` when `selfClosing`.
 */
export function startTag(
  name: string,
  attributes: Readonly<Record<string, string>>,
  selfClosing = false
): string {
  const written = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join("");
  return `<${name}${written}${selfClosing ? "/" : ""}>`;
}

/** The namespace prefix of a qualified name with its colon (`x:`), or "". */
export const prefixOf = (qname: string): string =>
  qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";

/** One replacement in a part's text: the characters from `start` to `end` become `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `xml` with the splices applied (they must not overlap); every other character kept. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let copied = 0;
  for (const s of sorted) {
    if (s.start < copied) throw new Error("overlapping edits of one XML part");
    out += xml.slice(copied, s.start) + s.text;
    copied = s.end;
  }
  return out + xml.slice(copied);
}

/** Splices that add `content` after an element's last child (a self-closing one is opened up). */
export function appendChildren(element: ClosedElement, content: string): Splice[] {
  if (!element.selfClosing)
    return [{ start: element.contentEnd, end: element.contentEnd, text: content }];
  return [
    {
      start: element.start,
      end: element.end,
      text: `${startTag(element.name, element.attributes)}${content}</${element.name}>`,
    },
  ];
}

/** The root element of a part. */
export function rootElement(xml: string): ClosedElement {
  let root: ClosedElement | undefined;
  scanXml(xml, {
    close: (e) => {
      if (e.parent === undefined) root = e;
    },
  });
  if (!root) throw new XmlError("no root element");
  return root;
}
