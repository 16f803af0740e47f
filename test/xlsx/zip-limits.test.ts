/**
 * Hostile archives (built here, not by a zip tool): names that leave the folder, duplicates,
 * bombs refused from the directory before anything is inflated, and a directory that lies about
 * an entry's size refused as soon as inflation passes the size it claimed, whether it is inflated
 * whole or streamed in chunks.
 */
import { deflateRawSync } from "zlib";
import {
  ZipEntry,
  crc32,
  entryChunks,
  entryContent,
  readZip,
  verifyArchive,
  writeZip,
} from "../../src/xlsx/zip";
import { ZIP_LIMITS, ZipLimitError } from "../../src/xlsx/zip-limits";

const MIB = 1024 * 1024;
const entry = (name: string, content: Buffer = Buffer.from("<x/>")): ZipEntry => ({
  name,
  method: 8,
  crc: crc32(content),
  size: content.length,
  raw: deflateRawSync(content),
});

describe("readZip refuses hostile names and duplicates", () => {
  test.each<[string, string[], string]>([
    [
      "a parent segment",
      ["xl/../../evil.xml"],
      'the entry name "xl/../../evil.xml" contains a ".." segment',
    ],
    ["a leading ..", ["../evil.xml"], 'the entry name "../evil.xml" contains a ".." segment'],
    ["an absolute path", ["/etc/passwd"], 'the entry name "/etc/passwd" is an absolute path'],
    ["a drive letter", ["C:/evil.xml"], 'the entry name "C:/evil.xml" is an absolute path'],
    ["a backslash", ["xl\\evil.xml"], 'the entry name "xl\\\\evil.xml" contains a backslash'],
    ["a NUL", ["xl/a\u0000.xml"], 'the entry name "xl/a\\u0000.xml" contains a NUL character'],
    ["the same name twice", ["xl/a.xml", "xl/a.xml"], 'the entry "xl/a.xml" appears twice'],
    ["names equal but for case", ["xl/a.xml", "XL/A.xml"], 'the entry "XL/A.xml" appears twice'],
  ])("%s", (_, names, reason) => {
    expect(() => readZip(writeZip(names.map((n) => entry(n))))).toThrow(new ZipLimitError(reason));
  });

  test("names with dots that are not segments are fine", () => {
    expect(readZip(writeZip([entry("xl/a..b.xml"), entry("docProps/.x")])).length).toBe(2);
  });
});

describe("zip bombs", () => {
  test("an entry far more compressed than any real part is refused from the directory", () => {
    const zeros = Buffer.alloc(64 * MIB);
    const bomb = entry("xl/media/bomb.bin", zeros);
    const ratio = Math.floor(zeros.length / bomb.raw.length);
    expect(ratio).toBeGreaterThan(ZIP_LIMITS.ratio);
    expect(() => readZip(writeZip([entry("a.xml"), bomb]))).toThrow(
      new ZipLimitError(
        `xl/media/bomb.bin would unpack ${ratio} times its packed size, more than the limit of 250`
      )
    );
  });

  test("entries whose sizes add up past the total are refused before inflating", () => {
    const claims = (name: string): ZipEntry => ({ ...entry(name), size: 0x7fffffff });
    expect(() => readZip(writeZip([claims("a.bin"), claims("b.bin")]))).toThrow(
      new ZipLimitError("it would unpack to more than 2048 MB, the limit for a workbook")
    );
  });

  test("a small highly compressible entry under the floor is fine (small parts compress well)", () => {
    const small = entry("xl/sharedStrings.xml", Buffer.alloc(4 * MIB, "a"));
    expect(entryContent(readZip(writeZip([small]))[0]).length).toBe(4 * MIB);
  });

  describe("a directory that claims a small size for a large entry", () => {
    const content = Buffer.alloc(32 * MIB, "x");
    const liar: ZipEntry = { ...entry("xl/worksheets/sheet1.xml", content), size: 1000 };
    const archive = writeZip([liar]);

    test("passes the directory checks, then reading stops at the claimed size", () => {
      const [read] = readZip(archive);
      expect(() => entryContent(read)).toThrow(
        new ZipLimitError("xl/worksheets/sheet1.xml holds more data than the zip's directory says")
      );
    });

    test("streaming it stops there too", async () => {
      const [read] = readZip(archive);
      const chunks: Buffer[] = [];
      await expect(
        (async () => {
          for await (const chunk of entryChunks(read)) chunks.push(chunk);
        })()
      ).rejects.toThrow(
        new ZipLimitError("xl/worksheets/sheet1.xml holds more data than the zip's directory says")
      );
      // Refused as the first chunk past 1000 bytes came out, not after inflating all 32 MB.
      expect(chunks.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(1000);
    });

    test("an entry already read (and so checked) is not inflated again by the verification", async () => {
      await expect(
        verifyArchive(archive, new Set(["xl/worksheets/sheet1.xml"]))
      ).resolves.toBeUndefined();
    });

    test("verifying the archive stops there too, without inflating the rest", async () => {
      await expect(verifyArchive(archive)).rejects.toThrow(
        new ZipLimitError("xl/worksheets/sheet1.xml holds more data than the zip's directory says")
      );
    });
  });

  test("verifyArchive accepts an honest archive", async () => {
    await expect(verifyArchive(writeZip([entry("a.xml"), entry("b.xml")]))).resolves.toBe(
      undefined
    );
  });
});
