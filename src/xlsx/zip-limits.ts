/**
 * What an archive may claim before anything is inflated (zip-bomb caps, safe entry names, no
 * duplicates), and inflation that stops the moment an entry outgrows what its directory said.
 */
import { createInflateRaw, inflateRawSync } from "zlib";
import { crc32 } from "./crc32";

const MIB = 1024 * 1024;

/**
 * Far above real workbooks: Excel's own 1,048,576-row sheets stay well under these, and the
 * ratio applies only to entries large enough to matter (small parts may compress any amount).
 */
export const ZIP_LIMITS = {
  /** Total uncompressed size of all entries. */
  totalBytes: 2048 * MIB,
  /** Uncompressed : compressed, for an entry larger than `ratioFloorBytes`. */
  ratio: 250,
  ratioFloorBytes: 16 * MIB,
} as const;

export class ZipFormatError extends Error {}

/** An archive refused on purpose (a bomb, a hostile name), not merely damaged. */
export class ZipLimitError extends ZipFormatError {}

/** A name that could leave the folder it is unpacked into, or that tools read differently. */
export function unsafeNameReason(name: string): string | undefined {
  if (name.includes("\0")) return "contains a NUL character";
  if (name.includes("\\")) return "contains a backslash";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
  if (name.split("/").includes("..")) return 'contains a ".." segment';
  return undefined;
}

export interface ListedEntry {
  readonly name: string;
  readonly size: number;
  readonly compressedSize: number;
}

const printable = (name: string): string => JSON.stringify(name);
const mib = (bytes: number): string => `${Math.round(bytes / MIB)} MB`;

/** Checks the central directory's claims; throws the first broken rule. */
export function checkListing(entries: readonly ListedEntry[]): void {
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const reason = unsafeNameReason(entry.name);
    if (reason) throw new ZipLimitError(`the entry name ${printable(entry.name)} ${reason}`);
    // Part names compare without regard to ASCII case (Open Packaging Conventions).
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw new ZipLimitError(`the entry ${printable(entry.name)} appears twice`);
    seen.add(key);
    total += entry.size;
    if (total > ZIP_LIMITS.totalBytes)
      throw new ZipLimitError(
        `it would unpack to more than ${mib(ZIP_LIMITS.totalBytes)}, the limit for a workbook`
      );
  }
  // Ratios only once the total stands: a directory claiming gigabytes is told so first.
  for (const entry of entries) {
    if (
      entry.size > ZIP_LIMITS.ratioFloorBytes &&
      entry.size > entry.compressedSize * ZIP_LIMITS.ratio
    )
      throw new ZipLimitError(
        `${entry.name} would unpack ${Math.floor(entry.size / Math.max(1, entry.compressedSize))} times its packed size, more than the limit of ${ZIP_LIMITS.ratio}`
      );
  }
}

/** Inflates at most `size` bytes: an entry that holds more than its directory claims is refused. */
export function inflateWithin(name: string, raw: Buffer, size: number): Buffer {
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      throw new ZipLimitError(`${name} holds more data than the zip's directory says`);
    throw new ZipFormatError(`${name} is damaged`);
  }
}

/**
 * An entry's content inflated chunk by chunk, checked as it goes: more data than its directory
 * claims is refused the moment it appears, and its size and CRC are proven after the last chunk,
 * so a reader consumes a part without ever holding it whole.
 */
export async function* inflatedChunks(
  name: string,
  raw: Buffer,
  size: number,
  crc: number
): AsyncGenerator<Buffer> {
  const inflate = createInflateRaw();
  let seen = 0;
  let running = 0;
  inflate.end(raw);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > size)
        throw new ZipLimitError(`${name} holds more data than the zip's directory says`);
      running = crc32(chunk, running);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${name} is damaged`);
  } finally {
    inflate.destroy();
  }
  if (seen !== size || running !== crc) throw new ZipFormatError(`${name} is damaged`);
}

/**
 * Inflates an entry without keeping it, checking its size and CRC: proves the archive honest
 * before a reader that trusts it (and would inflate a bomb whole) gets it.
 */
export async function verifyInflated(
  name: string,
  raw: Buffer,
  size: number,
  crc: number
): Promise<void> {
  const chunks = inflatedChunks(name, raw, size, crc);
  while (!(await chunks.next()).done);
}
