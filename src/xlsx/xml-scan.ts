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
  /** Attribute values (decoded) by qualified name as written (`r`, `r:id`). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Attribute values by `{uri}local` for namespaced ones, by local name for the others. */
  readonly attribute: (local: string, uris?: ReadonlySet<string>) => string | undefined;
  /** Offset of the start tag's "<". */
  readonly start: number;
  /** Offset just after the start tag's ">" (the content's first character). */
  readonly contentStart: number;
  readonly selfClosing: boolean;
  /** The parent element, undefined for the root. */
  readonly parent?: XmlElement;
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

interface OpenState {
  element: XmlElement;
  text: string;
}

/** Parses `xml` (a whole part as text, a leading byte-order mark allowed) and visits its elements. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: OpenState[] = [];
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
    const attributes: Record<string, string> = {};
    const byUri = new Map<string, string>();
    for (const [qname, attr] of Object.entries(tag.attributes)) {
      attributes[qname] = attr.value;
      byUri.set(attr.uri ? `{${attr.uri}}${attr.local}` : attr.local, attr.value);
    }
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      name: tag.name,
      attributes,
      attribute: (local, uris) => {
        if (!uris) return byUri.get(local);
        for (const uri of uris) {
          const value = byUri.get(`{${uri}}${local}`);
          if (value !== undefined) return value;
        }
        return undefined;
      },
      start: tagStart,
      contentStart: parser.position + bom,
      selfClosing: tag.isSelfClosing,
      parent: stack[stack.length - 1]?.element,
    };
    stack.push({ element, text: "" });
    visitor.open?.(element);
  });
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    const state = stack.pop() as OpenState;
    const end = parser.position + bom;
    const contentEnd = state.element.selfClosing ? end : xml.lastIndexOf("</", end - 1);
    visitor.close?.({
      ...state.element,
      contentEnd: state.element.selfClosing ? state.element.contentStart : contentEnd,
      end,
      text: state.text,
    });
  });
  try {
    parser.write(bom ? xml.slice(1) : xml).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw new XmlError(failure.message);
}

/** Text with the five XML special characters escaped, for element content and attributes. */
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
