/**
 * .csv input: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM; comma- or semicolon-separated
 * (the header line decides); RFC 4180 quoting through csv-parse. Unquoted plain decimal numbers
 * become numbers, quoted fields stay text, empty fields are blank. A quote left open, rows of
 * different lengths and a delimiter that does not match the header are refused with the line.
 */
import { parse } from "csv-parse/sync";
import { SourceValue } from "../health-score";

export class CsvError extends Error {}

const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The text of a .csv file, by its byte-order mark (none: UTF-8). */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.toString("utf8", 3);
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

export function parseCsv(text: string, file = "The file"): SourceValue[][] {
  const delimiter = sniffDelimiter(text);
  let width = 0;
  let lastLine = 0;
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      cast: (value, context) => fieldValue(value, context.quoting),
      // The cast above already turned the fields into values.
      on_record: (fields: string[], context) => {
        const record = fields as unknown as SourceValue[];
        const line = lastLine + 1;
        lastLine = context.lines;
        if (isBlankLine(record)) return fields;
        if (width === 0) width = record.length;
        else if (record.length !== width)
          throw new CsvError(
            `${file} line ${line} has ${record.length} fields but the header line has ${width} (fields separated by "${delimiter}"): each line needs the same number of fields.`
          );
        return fields;
      },
    }) as unknown as SourceValue[][];
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

/** The sheet name a .csv file becomes: its stem with `[]:*?/\` replaced, at most 31 characters. */
export const csvSheetName = (stem: string): string =>
  stem.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
