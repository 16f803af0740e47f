/**
 * Writes a zip straight into a file: copied entries as they are, generated ones deflated chunk by
 * chunk as they are produced, so a sheet of a million rows never exists whole in memory. Each
 * generated entry's header is written first with blank sizes and filled in once they are known.
 */
import { once } from "events";
import { writeSync } from "fs";
import { createDeflateRaw } from "zlib";
import { crc32 } from "./crc32";
import { EntryRecord, ZipEntry, centralDirectory, localHeader, recordOf } from "./zip";
import { ZipFormatError } from "./zip-limits";

/** An entry whose content is produced while it is written. */
export interface StreamedEntry {
  readonly name: string;
  readonly chunks: () => Iterable<Buffer>;
}

export type PackageEntry = ZipEntry | StreamedEntry;

export const isStreamed = (entry: PackageEntry): entry is StreamedEntry => "chunks" in entry;

/** Writes the archive to `fd` from its current position 0; resolves when all bytes are written. */
export async function writeZipTo(fd: number, entries: readonly PackageEntry[]): Promise<void> {
  let position = 0;
  const write = (data: Buffer, at = position) => {
    let done = 0;
    while (done < data.length) done += writeSync(fd, data, done, data.length - done, at + done);
    if (at === position) position += data.length;
  };
  const placed: { record: EntryRecord; offset: number }[] = [];
  for (const entry of entries) {
    const offset = position;
    if (!isStreamed(entry)) {
      write(localHeader(recordOf(entry)));
      write(entry.raw);
      placed.push({ record: recordOf(entry), offset });
      continue;
    }
    const blank: EntryRecord = { name: entry.name, method: 8, crc: 0, size: 0, compressedSize: 0 };
    write(localHeader(blank));
    const dataStart = position;
    const { crc, size } = await deflateInto(entry.chunks(), write);
    const record = { ...blank, crc, size, compressedSize: position - dataStart };
    if (size > 0xffffffff || position > 0xffffffff) throw new ZipFormatError("output needs zip64");
    write(localHeader(record), offset);
    placed.push({ record, offset });
  }
  write(centralDirectory(placed, position));
}

async function deflateInto(
  chunks: Iterable<Buffer>,
  write: (data: Buffer) => void
): Promise<{ crc: number; size: number }> {
  const deflate = createDeflateRaw();
  deflate.on("data", (data: Buffer) => write(data));
  const ended = once(deflate, "end");
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, "drain");
  }
  deflate.end();
  await ended;
  return { crc, size };
}
