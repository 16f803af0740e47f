/**
 * The value reader: every cell type, in any prefix, past filters, icon sets and extLst; and the
 * same values when the part's bytes arrive in small chunks that split tags, entities and
 * multi-byte characters.
 */
import { SheetValues, sheetValuesReader } from "../../src/xlsx/sheet-values";
import { utf8Chunks } from "../../src/xlsx/utf8-chunks";
import { XmlError } from "../../src/xlsx/xml-scan";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const SHARED = ["zero", "one"];

/** A part read as one string, written to the reader in a single piece. */
function readSheetValues(xml: string, shared: readonly string[], date1904: boolean): SheetValues {
  const reader = sheetValuesReader(shared, date1904);
  reader.write(xml);
  return reader.close();
}

/** The part's UTF-8 bytes cut every `size` bytes, decoded chunk by chunk into the reader. */
async function readInChunks(
  bytes: Buffer,
  size: number,
  shared: readonly string[]
): Promise<SheetValues> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  const reader = sheetValuesReader(shared, false);
  for await (const text of utf8Chunks(pieces)) reader.write(text);
  return reader.close();
}

const sheet = (rows: string, ns = MAIN, p = "") =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="${ns}"><${p}sheetData>${rows}</${p}sheetData>` +
  `<${p}autoFilter ref="A1:B9"><${p}filterColumn colId="0"><${p}iconFilter iconSet="3Arrows" iconId="1"/></${p}filterColumn></${p}autoFilter>` +
  `<${p}conditionalFormatting sqref="A1:A9"><${p}cfRule type="iconSet" priority="1"><${p}iconSet iconSet="3Arrows"><${p}cfvo type="percent" val="0"/></${p}iconSet></${p}cfRule></${p}conditionalFormatting>` +
  `<${p}extLst><${p}ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings xmlns:x14="urn:x14"><x14:conditionalFormatting/></x14:conditionalFormattings></${p}ext></${p}extLst></${p}worksheet>`;

const CELLS: readonly [string, string, unknown][] = [
  ["a number", '<c r="A1"><v>12.5</v></c>', 12.5],
  ["a shared string", '<c r="A1" t="s"><v>1</v></c>', "one"],
  [
    "an inline string with rich runs and a phonetic guide",
    '<c r="A1" t="inlineStr"><is><r><t>Ab</t></r><r><t xml:space="preserve"> c</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>',
    "Ab c",
  ],
  ["a boolean", '<c r="A1" t="b"><v>1</v></c>', true],
  ["an error", '<c r="A1" t="e"><v>#N/A</v></c>', { error: "#N/A" }],
  ["a formula's cached string", '<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>', "ab"],
  ["a formula's cached number", '<c r="A1"><f>1+1</f><v>2</v></c>', 2],
  ["a formula without a cached value", '<c r="A1"><f>1+1</f></c>', null],
  ["an ISO date cell", '<c r="A1" t="d"><v>2024-01-15T12:00:00</v></c>', 45306.5],
  ["an empty string", '<c r="A1" t="str"><v></v></c>', null],
  [
    "entities and CDATA",
    '<c r="A1" t="inlineStr"><is><t>R&amp;D <![CDATA[<x>]]></t></is></c>',
    "R&D <x>",
  ],
];

it.each(CELLS)("reads %s", (_, cell, expected) => {
  const values = readSheetValues(sheet(`<row r="1">${cell}</row>`), SHARED, false);
  expect(values.value(1, 1)).toEqual(expected);
});

it("reads Strict and prefixed sheets alike", () => {
  for (const [ns, p] of [
    [STRICT, ""],
    [MAIN, "x:"],
  ])
    expect(
      readSheetValues(
        sheet(`<${p}row r="2"><${p}c r="B2"><${p}v>7</${p}v></${p}c></${p}row>`, ns, p),
        [],
        false
      ).value(2, 2)
    ).toBe(7);
});

it("reads an ISO date in the 1904 date system", () => {
  const values = readSheetValues(
    sheet('<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>'),
    [],
    true
  );
  expect(values.value(1, 1)).toBe(1);
});

it("places cells without references after the previous one, and finds the last row with a value", () => {
  const values = readSheetValues(
    sheet(
      '<row r="3"><c><v>1</v></c><c><v>2</v></c></row><row><c r="C4"><v>3</v></c></row><row r="9"><c r="A9" s="1"/></row>'
    ),
    [],
    false
  );
  expect([values.value(3, 1), values.value(3, 2), values.value(4, 3), values.value(5, 1)]).toEqual([
    1,
    2,
    3,
    null,
  ]);
  expect(values.lastRow).toBe(4);
});

describe("a part fed in 7-byte chunks", () => {
  // Two- to four-byte characters (é, 中, 😀 a surrogate pair) in names, shared and inline strings,
  // a phonetic guide, entities, CDATA, an error, a formula's cached value, a Strict part.
  const shared = ["Zoë", "客户 😀"];
  const rows =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Café 中文 😀</t></is></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>' +
    '<c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2"><f>1+1</f><v>2</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>R&amp;D &#x1F600; <![CDATA[<ü>]]></t></is></c>' +
    '<c r="B3" t="s"><v>0</v></c><c r="C3" t="b"><v>1</v></c></row>';
  const cells = (values: SheetValues) =>
    [1, 2, 3].flatMap((r) => [1, 2, 3].map((c) => values.value(r, c)));
  const EXPECTED = [
    "Café 中文 😀",
    "客户 😀",
    null,
    "東京",
    { error: "#DIV/0!" },
    2,
    "R&D 😀 <ü>",
    "Zoë",
    true,
  ];

  it.each([
    ["Transitional", sheet(rows)],
    [
      "Strict with a prefix and a byte-order mark",
      `\ufeff${sheet(rows.replace(/<(\/?)(?=[a-z])/g, "<$1s:"), STRICT, "s:")}`,
    ],
  ])("%s: the same values as the whole part", async (_, xml) => {
    const bytes = Buffer.from(xml, "utf8");
    // The 7-byte cuts land inside multi-byte characters and tags (checked, so the test can fail).
    const cuts = Array.from({ length: Math.floor(bytes.length / 7) }, (_, k) => bytes[7 * (k + 1)]);
    expect(cuts.some((b) => b >= 0x80 && b < 0xc0)).toBe(true);
    const whole = readSheetValues(xml, shared, false);
    const chunked = await readInChunks(bytes, 7, shared);
    expect(cells(whole)).toEqual(EXPECTED);
    expect(cells(chunked)).toEqual(EXPECTED);
    expect(chunked.lastRow).toBe(3);
  });

  it("refuses a part that is not well-formed, wherever the chunks end", async () => {
    const broken = Buffer.from(sheet('<row r="1"><c r="A1"><v>1</c></row>'), "utf8");
    await expect(readInChunks(broken, 7, [])).rejects.toThrow(XmlError);
  });
});
