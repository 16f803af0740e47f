/**
 * scanXml against hand-written parts: offsets into the text, decoded text, and attribute() across
 * prefixes and namespace spellings.
 */
import {
  ClosedElement,
  OFFICE_RELATIONSHIPS,
  applySplices,
  scanXml,
} from "../../src/xlsx/xml-scan";

function closed(xml: string): ClosedElement[] {
  const out: ClosedElement[] = [];
  scanXml(xml, { close: (e) => out.push(e) });
  return out;
}

describe("scanXml: element offsets are indexes into the part's text", () => {
  const xml =
    '\uFEFF<?xml version="1.0"?>\r\n<!-- c --><x:a xmlns:x="u" k=\'v&amp;\'>é😀\r\n' +
    "<x:b>t<![CDATA[<z>]]>&lt;</x:b><?pi x?><x:c\r\n/></x:a>";
  const [b, c, a] = closed(xml);

  test("BOM, CRLF, non-ASCII and astral characters, comments and processing instructions", () => {
    expect(xml.slice(b.start, b.end)).toBe("<x:b>t<![CDATA[<z>]]>&lt;</x:b>");
    expect(xml.slice(b.contentStart, b.contentEnd)).toBe("t<![CDATA[<z>]]>&lt;");
    expect(xml.slice(c.start, c.end)).toBe("<x:c\r\n/>");
    expect(c.contentStart).toBe(c.contentEnd);
    expect(xml.slice(a.start, a.end)).toBe(xml.slice(xml.indexOf("<x:a")));
  });

  test("decoded text (CDATA, entities) and attributes (single quotes, prefixes)", () => {
    expect(b.text).toBe("t<z><");
    expect(b.local).toBe("b");
    expect(b.uri).toBe("u");
    expect(b.name).toBe("x:b");
    expect(a.attributes.k).toBe("v&");
    expect(b.parent?.local).toBe("a");
  });

  test("splices keep every other character", () => {
    const edited = applySplices(xml, [{ start: b.contentStart, end: b.contentEnd, text: "new" }]);
    expect(edited).toBe(xml.replace("t<![CDATA[<z>]]>&lt;", "new"));
  });

  test("malformed XML is an error", () => {
    expect(() => closed("<a><b></a>")).toThrow();
  });
});

describe("attribute(): the one way to read an attribute", () => {
  const TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  const element = (xml: string): ClosedElement => closed(xml)[0];

  test.each([
    // [start tag, local name, namespaces asked for, value]
    ['<s xmlns:r="T" r:id="rId1"/>', "id", true, "rId1"],
    ['<s xmlns:rel="T" rel:id="rId2"/>', "id", true, "rId2"],
    ['<s xmlns:r="S" r:id="rId3"/>', "id", true, "rId3"],
    ['<s xmlns="T" id="plain"/>', "id", true, undefined],
    ['<s xmlns:r="T" r:id="rId1" id="plain"/>', "id", false, "plain"],
    ['<s xmlns:r="T" r:id="rId1"/>', "id", false, undefined],
    ['<s xmlns:r="T" r:id="rId1"/>', "r:id", false, undefined],
    ['<s xmlns:r="other" r:id="rId1"/>', "id", true, undefined],
    ['<c r="B2" t="s" cm="1"/>', "cm", false, "1"],
    ['<c r="B2"/>', "t", false, undefined],
    ["<c r='a&amp;&lt;&#10;b'/>", "r", false, "a&<\nb"],
  ])("%s: %s (namespaced %s) is %j", (xml, local, namespaced, value) => {
    const e = element(xml.replace(/"T"/g, `"${TRANSITIONAL}"`).replace(/"S"/g, `"${STRICT}"`));
    expect(e.attribute(local, namespaced ? OFFICE_RELATIONSHIPS : undefined)).toBe(value);
  });
});
