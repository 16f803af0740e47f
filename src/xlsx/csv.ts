/**
 * .csv input: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM; comma- or semicolon-separated
 * (the header line decides); RFC 4180 quoting through csv-parse. Unquoted plain decimal numbers
 * become numbers, quoted fields stay text, empty fields are blank. A quote left open, rows of
 * different lengths and a delimiter that does not match the header are refused with the line.
 */
import { parse } from "csv-parse/sync";
import { MAX_SHEET_NAME, SourceValue, truncateUnits } from "../health-score";
import { CsvColumns } from "./csv-columns";

export class CsvError extends Error {}

const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The text of a .csv file, by its byte-order mark (none: UTF-8). */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString("utf8", 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString("utf16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  return bytes.toString("utf8");
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function sniffDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

function fieldValue(field: string, quoted: boolean): SourceValue {
  if (field === "") return null;
  if (quoted) return field;
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

const isBlankLine = (record: readonly SourceValue[]) => record.length === 1 && record[0] === null;

/**
 * Which fields of a line's raw text open with a quote. csv-parse can say so field by field, but
 * only through a cast callback that costs ten times the parse; most lines have no quote at all.
 */
function quotedFields(raw: string, delimiter: string): boolean[] {
  const quoted: boolean[] = [];
  let inQuotes = false;
  let atStart = true;
  for (const ch of raw) {
    if (atStart) quoted.push(ch === '"');
    atStart = false;
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) atStart = true;
  }
  return quoted;
}

/** Each line goes into the columns as it is parsed; csv-parse keeps no record (on_record skips it). */
export function parseCsv(text: string, file = "The file"): CsvColumns {
  const delimiter = sniffDelimiter(text);
  const table = new CsvColumns();
  let width = 0;
  let lastLine = 0;
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      raw: true,
      // With `raw`, each record arrives with its line's text (csv-parse's types omit this mode).
      on_record: (parsed: string[], context) => {
        const { record: fields, raw } = parsed as unknown as { record: string[]; raw: string };
        const quoted = raw.includes('"') ? quotedFields(raw, delimiter) : [];
        const record = fields.map((field, k) => fieldValue(field, quoted[k] ?? false));
        const line = lastLine + 1;
        lastLine = context.lines;
        if (!isBlankLine(record)) {
          if (width === 0) width = record.length;
          else if (record.length !== width)
            throw new CsvError(
              `${file} line ${line} has ${record.length} fields but the header line has ${width} (fields separated by "${delimiter}"): each line needs the same number of fields.`
            );
        }
        table.push(record);
        return undefined;
      },
    });
    return table.trim();
  } catch (error) {
    if (error instanceof CsvError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED")
      throw new CsvError(
        `${file} line ${lastLine + 1}: a quoted field is never closed (a " is missing).`
      );
    const line = (error as { lines?: number }).lines;
    throw new CsvError(
      `${file}${line === undefined ? "" : ` line ${line}`}: ${(error as Error).message.replace(/ at line \d+.*$/, "")}.`
    );
  }
}

/** The sheet name a .csv file becomes: its stem with `[]:*?/\` replaced, at most 31 UTF-16 units. */
export const csvSheetName = (stem: string): string =>
  truncateUnits(stem.replace(/[[\]:*?/\\]/g, "_"), MAX_SHEET_NAME) || "Sheet1";
