/**
 * The zip container on archives built byte by byte here (not by zip.ts itself): stored and
 * deflated entries, data descriptors, comments and extra fields, and the damaged or unsupported
 * archives it must refuse with a clear reason, read whole or streamed in chunks.
 */
import { deflateRawSync } from "zlib";
import {
  crc32,
  deflatedEntry,
  entryChunks,
  entryContent,
  readZip,
  writeZip,
  ZipFormatError,
} from "../../src/xlsx/zip";

interface Part {
  readonly name: string;
  readonly content: Buffer;
  readonly method?: number;
  readonly flags?: number;
  /** Sizes and CRC after the data (flag bit 3), zero in the local header. */
  readonly descriptor?: boolean;
  readonly extra?: Buffer;
  readonly comment?: string;
}

/** An archive as the APPNOTE lays it out, with optional quirks a real writer may produce. */
function archive(parts: readonly Part[], options: { comment?: string; count?: number } = {}) {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 0;
    const data = method === 8 ? deflateRawSync(part.content) : part.content;
    const crc = crc32(part.content);
    const flags = (part.flags ?? 0) | (part.descriptor ? 8 : 0);
    const name = Buffer.from(part.name, "utf8");
    const extra = part.extra ?? Buffer.alloc(0);
    const comment = Buffer.from(part.comment ?? "", "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(part.descriptor ? 0 : crc, 14);
    local.writeUInt32LE(part.descriptor ? 0 : data.length, 18);
    local.writeUInt32LE(part.descriptor ? 0 : part.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const descriptor = Buffer.alloc(part.descriptor ? 16 : 0);
    if (part.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(part.content.length, 12);
    }
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(part.content.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt16LE(comment.length, 32);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, extra, data, descriptor);
    central.push(record, name, extra, comment);
    offset += local.length + name.length + extra.length + data.length + descriptor.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const comment = Buffer.from(options.comment ?? "", "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.count ?? parts.length, 8);
  end.writeUInt16LE(options.count ?? parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...chunks, ...central, end, comment]);
}

describe("crc32", () => {
  // The archives below take their CRCs from crc32, so it is checked first against the published
  // check values of CRC-32 (ISO-HDLC): "123456789" gives CBF43926, no bytes give 0.
  test.each<[string, Buffer, number]>([
    ["the check string", Buffer.from("123456789", "latin1"), 0xcbf43926],
    ["no bytes", Buffer.alloc(0), 0],
    ["one zero byte", Buffer.from([0]), 0xd202ef8d],
  ])("%s", (_, data, expected) => {
    expect(crc32(data)).toBe(expected);
  });
});

const XML = Buffer.from('<?xml version="1.0"?><worksheet>é ✓</worksheet>', "utf8");
const contents = (buffer: Buffer) =>
  readZip(buffer).map((e) => [e.name, entryContent(e).toString("utf8")]);

describe("readZip reads", () => {
  test.each<[string, Part[], { comment?: string }]>([
    ["a stored entry", [{ name: "a.xml", content: XML }], {}],
    ["a deflated entry", [{ name: "a.xml", content: XML, method: 8 }], {}],
    [
      "an entry with a data descriptor",
      [{ name: "a.xml", content: XML, method: 8, descriptor: true }],
      {},
    ],
    [
      "entries with extra fields and comments",
      [
        { name: "a.xml", content: XML, extra: Buffer.from([1, 0, 4, 0, 9, 9, 9, 9]), comment: "x" },
        { name: "xl/b.xml", content: Buffer.from("b"), method: 8, comment: "second" },
      ],
      {},
    ],
    ["an archive with a comment", [{ name: "a.xml", content: XML }], { comment: "made by hand" }],
    ["a UTF-8 name", [{ name: "xl/é ✓.xml", content: XML, flags: 0x800 }], {}],
    ["an empty entry", [{ name: "empty", content: Buffer.alloc(0), method: 8 }], {}],
  ])("%s", (_, parts, options) => {
    expect(contents(archive(parts, options))).toEqual(
      parts.map((p) => [p.name, p.content.toString("utf8")])
    );
  });
});

describe("readZip refuses, with the reason", () => {
  const one = archive([{ name: "a.xml", content: XML, method: 8 }]);
  const centralAt = one.readUInt32LE(one.length - 6);
  const corrupt = (at: number, value: number, bytes = 4) => {
    const copy = Buffer.from(one);
    copy.writeUIntLE(value, at, bytes);
    return copy;
  };
  test.each<[string, Buffer, string]>([
    ["text, not an archive", Buffer.from("not a zip file at all, just text"), "not a zip archive"],
    ["an empty file", Buffer.alloc(0), "not a zip archive"],
    [
      "a central directory offset past the records",
      corrupt(one.length - 6, centralAt + 3),
      "broken central directory",
    ],
    [
      "a local header offset that points elsewhere",
      corrupt(centralAt + 42, 5),
      "broken local header of a.xml",
    ],
    ["an entry cut short", one.subarray(0, 40), "not a zip archive"],
    [
      "an encrypted entry",
      archive([{ name: "a.xml", content: XML, flags: 1 }]),
      "a.xml is encrypted",
    ],
    [
      "an unknown compression",
      archive([{ name: "a.xml", content: XML, method: 12 }]),
      "a.xml uses compression method 12",
    ],
    [
      "a zip64 archive",
      archive([{ name: "a.xml", content: XML }], { count: 0xffff }),
      "zip64 archives are not supported",
    ],
  ])("%s", (_, buffer, reason) => {
    expect(() => readZip(buffer)).toThrow(new ZipFormatError(reason));
  });

  test("a compressed size past the end of the file is truncated", () => {
    const sized = corrupt(centralAt + 20, 1 << 20);
    expect(() => readZip(sized)).toThrow(new ZipFormatError("a.xml is truncated"));
  });

  test("content whose CRC does not match is damaged (found when read, not when listed)", () => {
    const [entry] = readZip(corrupt(centralAt + 16, 0x1234));
    expect(() => entryContent(entry)).toThrow(new ZipFormatError("a.xml is damaged"));
  });
});

describe("entryChunks (an entry streamed, never held whole)", () => {
  const collect = async (chunks: AsyncIterable<Buffer>) => {
    const all: Buffer[] = [];
    for await (const chunk of chunks) all.push(chunk);
    return Buffer.concat(all);
  };
  // Larger than zlib's 16 KiB output chunk, so a deflated entry comes out in several pieces.
  const big = Buffer.from("<row><c><v>1.5</v></c></row>\n".repeat(4000), "utf8");
  const stored = readZip(archive([{ name: "a.xml", content: big }]))[0];
  const deflated = readZip(archive([{ name: "a.xml", content: big, method: 8 }]))[0];

  test.each([
    ["stored", stored],
    ["deflated", deflated],
  ])("gives a %s entry's exact content", async (_, entry) => {
    expect((await collect(entryChunks(entry))).equals(big)).toBe(true);
  });

  test.each([
    ["a stored entry whose CRC does not match", { ...stored, crc: 0x1234 }],
    ["a deflated entry whose CRC does not match", { ...deflated, crc: 0x1234 }],
    ["a deflated entry shorter than its directory says", { ...deflated, size: big.length + 1 }],
    ["a deflate stream cut short", { ...deflated, raw: deflated.raw.subarray(0, 100) }],
  ])("refuses %s as damaged", async (_, entry) => {
    await expect(collect(entryChunks(entry))).rejects.toThrow(
      new ZipFormatError("a.xml is damaged")
    );
  });
});

describe("writeZip", () => {
  test("copies entries as stored (still compressed), readable again, same bytes every time", () => {
    const input = readZip(
      archive([
        { name: "a.xml", content: XML, method: 8, descriptor: true },
        { name: "b.bin", content: Buffer.from([0, 1, 2, 255]) },
      ])
    );
    const added = deflatedEntry("c.xml", Buffer.from("<c/>"));
    const written = writeZip([...input, added]);
    const again = readZip(written);
    expect(again.map((e) => e.raw)).toEqual([...input.map((e) => e.raw), added.raw]);
    expect(again.map((e) => entryContent(e).toString("latin1"))).toEqual([
      XML.toString("latin1"),
      "\u0000\u0001\u0002\u00ff",
      "<c/>",
    ]);
    expect(writeZip([...input, added]).equals(written)).toBe(true);
  });
});
