/** Relationships and content types added after the root's last child, in the part's own prefix. */
import { addOverride, addRelationship, relationshipType } from "../../src/xlsx/opc";

const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = { id: "rId9", type: "urn:t/worksheet", target: "worksheets/sheet9.xml" };

it.each([
  [
    "a prefixed root with a comment",
    `<p:Relationships xmlns:p='${RELS}'><p:Relationship Id='rId1' Type='urn:t/styles' Target='styles.xml'/><!-- </p:Relationships> --></p:Relationships>`,
    `<p:Relationships xmlns:p='${RELS}'><p:Relationship Id='rId1' Type='urn:t/styles' Target='styles.xml'/><!-- </p:Relationships> --><p:Relationship Id="rId9" Type="urn:t/worksheet" Target="worksheets/sheet9.xml"/></p:Relationships>`,
  ],
  [
    "a self-closing root",
    `<Relationships xmlns="${RELS}"/>`,
    `<Relationships xmlns="${RELS}"><Relationship Id="rId9" Type="urn:t/worksheet" Target="worksheets/sheet9.xml"/></Relationships>`,
  ],
])("adds a relationship to %s", (_, xml, expected) => {
  expect(addRelationship(xml, REL)).toBe(expected);
});

it("adds a content-type override, the part's text kept", () => {
  const xml = `<?xml version="1.0"?>\n<Types xmlns="${TYPES}"><Default Extension="xml" ContentType="application/xml"/></Types>\n`;
  expect(addOverride(xml, "/xl/a&b.xml", "text/x")).toBe(
    `<?xml version="1.0"?>\n<Types xmlns="${TYPES}"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/a&amp;b.xml" ContentType="text/x"/></Types>\n`
  );
});

it.each([
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  ],
  [
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
  ],
])("names a worksheet relationship in the family of %s", (officeDocument, expected) => {
  expect(relationshipType(officeDocument, "worksheet")).toBe(expected);
});
