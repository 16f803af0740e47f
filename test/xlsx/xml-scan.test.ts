import { ClosedElement, applySplices, scanXml } from "../../src/xlsx/xml-scan";

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
