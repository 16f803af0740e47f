/**
 * The zip container of an .xlsx, read and written with Node's zlib: entries the writer does not
 * change are copied byte for byte (still compressed), so the user's parts stay exactly as they
 * were. No zip64 and no encryption (an .xlsx that needs either is refused with a clear error).
 */
import { deflateRawSync } from "zlib";
import { crc32 } from "./crc32";
import {
  ListedEntry,
  ZipFormatError,
  checkListing,
  inflateWithin,
  inflatedChunks,
  verifyInflated,
} from "./zip-limits";

export { ZipFormatError, crc32 };

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's data as stored in the archive. */
  readonly raw: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZip(buffer: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipFormatError("zip64 archives are not supported");
  const entries: ZipEntry[] = [];
  const listing: ListedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== CENTRAL)
      throw new ZipFormatError("broken central directory");
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const crc = buffer.readUInt32LE(offset + 16);
    const compressed = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString("utf8", offset + 46, offset + 46 + nameLength);
    listing.push({ name, size, compressedSize: compressed });
    if (flags & 1) throw new ZipFormatError(`${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw new ZipFormatError(`${name} uses compression method ${method}`);
    if (buffer.readUInt32LE(local) !== LOCAL)
      throw new ZipFormatError(`broken local header of ${name}`);
    const dataStart =
      local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    if (dataStart + compressed > buffer.length) throw new ZipFormatError(`${name} is truncated`);
    entries.push({
      name,
      method,
      crc,
      size,
      raw: buffer.subarray(dataStart, dataStart + compressed),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  checkListing(listing);
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) if (buffer.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("not a zip archive");
}

export function entryContent(entry: ZipEntry): Buffer {
  const data = entry.method === 8 ? inflateWithin(entry.name, entry.raw, entry.size) : entry.raw;
  if (data.length !== entry.size || crc32(data) !== entry.crc)
    throw new ZipFormatError(`${entry.name} is damaged`);
  return data;
}

/**
 * An entry's content in chunks, checked against its size and CRC as entryContent checks it whole:
 * a deflated entry is inflated piece by piece, a stored one is already in the archive's buffer.
 */
export async function* entryChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.method === 8) yield* inflatedChunks(entry.name, entry.raw, entry.size, entry.crc);
  else yield entryContent(entry);
}

/**
 * Inflates every entry in chunks, without keeping it, to prove its size and CRC before the
 * package is written. `checked`: entries already proven by being read through entryContent
 * (bounded by the same claimed size), which need no second inflation.
 */
export async function verifyArchive(
  buffer: Buffer,
  checked: ReadonlySet<string> = new Set()
): Promise<void> {
  for (const entry of readZip(buffer)) {
    if (checked.has(entry.name)) continue;
    if (entry.method === 8) await verifyInflated(entry.name, entry.raw, entry.size, entry.crc);
    else entryContent(entry);
  }
}

export function deflatedEntry(name: string, content: Buffer): ZipEntry {
  return {
    name,
    method: 8,
    crc: crc32(content),
    size: content.length,
    raw: deflateRawSync(content),
  };
}

// 1980-01-01 00:00, the earliest DOS date: output bytes do not depend on the clock.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** What a local header and a central record say about an entry. */
export interface EntryRecord {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
}

export const recordOf = (entry: ZipEntry): EntryRecord => ({
  name: entry.name,
  method: entry.method,
  crc: entry.crc,
  size: entry.size,
  compressedSize: entry.raw.length,
});

/** The local header and name that precede an entry's data. */
export function localHeader(entry: EntryRecord): Buffer {
  const name = Buffer.from(entry.name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  writeEntryFields(header, 4, entry, name.length);
  return Buffer.concat([header, name]);
}

/** The central directory and its end record, for entries written from offset 0 in order. */
export function centralDirectory(
  entries: readonly { readonly record: EntryRecord; readonly offset: number }[],
  centralOffset: number
): Buffer {
  const central: Buffer[] = [];
  for (const { record: entry, offset } of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const record = Buffer.alloc(46);
    record.writeUInt32LE(CENTRAL, 0);
    record.writeUInt16LE(20, 4); // version made by
    writeEntryFields(record, 6, entry, name.length);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  if (centralOffset + centralSize > 0xffffffff || entries.length > 0xfffe)
    throw new ZipFormatError("output needs zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([...central, end]);
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const placed: { record: EntryRecord; offset: number }[] = [];
  let offset = 0;
  for (const entry of entries) {
    const header = localHeader(recordOf(entry));
    chunks.push(header, entry.raw);
    placed.push({ record: recordOf(entry), offset });
    offset += header.length + entry.raw.length;
  }
  return Buffer.concat([...chunks, centralDirectory(placed, offset)]);
}

/** The fields local header and central record share, from "version needed" to the name length. */
function writeEntryFields(
  buffer: Buffer,
  at: number,
  entry: EntryRecord,
  nameLength: number
): void {
  buffer.writeUInt16LE(20, at);
  buffer.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  buffer.writeUInt16LE(entry.method, at + 4);
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(entry.crc, at + 10);
  buffer.writeUInt32LE(entry.compressedSize, at + 14);
  buffer.writeUInt32LE(entry.size, at + 18);
  buffer.writeUInt16LE(nameLength, at + 22);
}
