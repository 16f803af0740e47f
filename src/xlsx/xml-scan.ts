/**
 * A streaming pass over one XML part with saxes (strict, namespace-aware): every element with its
 * namespace, local name, attributes, decoded text and its character offsets in the part's text,
 * so an editor can splice new text in at exact places and leave every other character as it was.
 * A reader that needs no offsets can feed the same scan in chunks (scanXmlChunks) and never hold
 * a large part whole.
 *
 * Offsets are indexes into the JavaScript string the part was decoded to (UTF-16 code units, as
 * String.prototype.slice counts): saxes counts the same way, CRLF included.
 */
import { SaxesParser, SaxesTagNS } from "saxes";
import { escapeXml } from "./xml";

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

/**
 * An element as both scans see it: its namespace, names, attributes and namespace scope. The
 * chunked scan (scanXmlChunks) gives only this, since it never holds the text offsets point into.
 */
export interface XmlNode {
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
  readonly selfClosing: boolean;
  /** The parent element, undefined for the root. */
  readonly parent?: XmlNode;
  /**
   * A prefix bound to `uri` where this element stands ("" for the default namespace), or
   * undefined when none is in scope: a writer adding a child uses the prefixes the part declares.
   */
  prefixFor(uri: string): string | undefined;
}

export interface ClosedNode extends XmlNode {
  /** The element's own text (character data and CDATA, entities decoded; not its children's). */
  readonly text: string;
}

/** An element of a whole part's text, with the offsets an editor splices at. */
export interface XmlElement extends XmlNode {
  /** Offset of the start tag's "<". */
  readonly start: number;
  /** Offset just after the start tag's ">" (the content's first character). */
  readonly contentStart: number;
  readonly parent?: XmlElement;
}

export interface ClosedElement extends XmlElement, ClosedNode {
  readonly parent?: XmlElement;
  /** Offset of the end tag's "<" (== contentStart for a self-closing element). */
  readonly contentEnd: number;
  /** Offset just after the element's last character. */
  readonly end: number;
}

export interface XmlVisitor<
  Open extends XmlNode = XmlElement,
  Closed extends XmlNode = ClosedElement,
> {
  open?(element: Open): void;
  close?(element: Closed): void;
}

/** A visitor of the chunked scan: elements without offsets. */
export type NodeVisitor = XmlVisitor<XmlNode, ClosedNode>;

export class XmlError extends Error {}

/** One element as a scan builds it: filled in at its start tag, its text gathered until its end. */
class ScannedNode implements ClosedNode {
  readonly uri: string;
  readonly local: string;
  readonly name: string;
  readonly attributes: Record<string, string> = {};
  readonly selfClosing: boolean;
  text = "";

  /** Namespaced attributes' values by `{uri}local` (few elements have any). */
  private readonly namespaced?: Record<string, string>;
  /** The namespaces this element declares, prefix ("" for default) to URI. */
  private readonly declared: Readonly<Record<string, string>>;

  constructor(
    tag: SaxesTagNS,
    readonly parent: ScannedNode | undefined
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
    for (let e: ScannedNode | undefined = this; e; e = e.parent) {
      for (const prefix in e.declared) {
        if (!shadowed.has(prefix) && e.declared[prefix] === uri) return prefix;
        shadowed.add(prefix);
      }
    }
    return undefined;
  }
}

/** A node of the whole-text scan, with its offsets. */
class ScannedElement extends ScannedNode implements ClosedElement {
  contentEnd = 0;
  end = 0;

  constructor(
    tag: SaxesTagNS,
    readonly parent: ScannedElement | undefined,
    readonly start: number,
    readonly contentStart: number
  ) {
    super(tag, parent);
  }
}

/**
 * Wires a strict, namespace-aware parser to a visitor: the element, attribute, namespace and text
 * handling both scans share. `create` builds each element (with offsets or without) and `closing`
 * completes one at its end tag, before the visitor sees it. Returns the first parse error.
 */
function wireParser<N extends ScannedNode>(
  parser: SaxesParser<{ xmlns: true; position: boolean }>,
  visitor: XmlVisitor<N, N>,
  create: (tag: SaxesTagNS, parent: N | undefined) => N,
  closing?: (element: N) => void
): () => Error | undefined {
  const stack: N[] = [];
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const element = create(tag, stack[stack.length - 1]);
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
    const element = stack.pop() as N;
    closing?.(element);
    visitor.close?.(element);
  });
  return () => failure;
}

/** Parses `xml` (a whole part as text, a leading byte-order mark allowed) and visits its elements. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let tagStart = 0;
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1 + bom);
  });
  const failure = wireParser<ScannedElement>(
    parser,
    visitor,
    (tag, parent) => new ScannedElement(tag, parent, tagStart, parser.position + bom),
    (element) => {
      element.end = parser.position + bom;
      element.contentEnd = element.selfClosing
        ? element.contentStart
        : xml.lastIndexOf("</", element.end - 1);
    }
  );
  let thrown: Error | undefined;
  try {
    parser.write(bom ? xml.slice(1) : xml).close();
  } catch (error) {
    thrown = error as Error;
  }
  const error = failure() ?? thrown;
  if (error) throw new XmlError(error.message);
}

/** A chunked scan in progress: text is written to it piece by piece, then it is closed. */
export interface XmlChunkScan {
  write(text: string): void;
  close(): void;
}

/**
 * The same scan fed in pieces of any size (a tag or an entity may be split anywhere), for a part
 * too large to hold as one string: elements come without offsets, since there is no whole text for
 * them to point into. A leading byte-order mark is allowed, as in scanXml.
 */
export function scanXmlChunks(visitor: NodeVisitor): XmlChunkScan {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const failure = wireParser<ScannedNode>(
    parser,
    visitor,
    (tag, parent) => new ScannedNode(tag, parent)
  );
  let first = true;
  const check = (step: () => void) => {
    try {
      step();
    } catch (error) {
      throw new XmlError((failure() ?? (error as Error)).message);
    }
    const error = failure();
    if (error) throw new XmlError(error.message);
  };
  return {
    write: (text) =>
      check(() => {
        if (first && text.length > 0) {
          first = false;
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        }
        parser.write(text);
      }),
    close: () => check(() => parser.close()),
  };
}

/** Element content escaped: `&`, `<` and `>` only, so quotes stay as Excel writes them. */
export const escapeText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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
