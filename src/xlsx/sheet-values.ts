/**
 * A worksheet part's cell values for the health-score reader, read with the chunked scan
 * (scanXmlChunks) so a sheet of a million rows is fed in as it is inflated: numbers (dates
 * stay serials), shared and inline strings, booleans, errors, ISO dates (`t="d"`) as serials, and a
 * formula's cached value. Only values are kept, by column, so a large sheet costs its values;
 * everything else in the part (filters, icon sets, extLst…) is passed over unread. The part itself
 * is never held whole, as bytes or as text.
 */
import { SourceValue } from "../health-score";
import { storedValue } from "./sheet-formulas";
import { parseCell } from "../a1/a1";
import { SPREADSHEETML, scanXmlChunks } from "./xml-scan";

export interface SheetValues {
  /** Last row holding a value (0 when none). */
  readonly lastRow: number;
  value(row: number, column: number): SourceValue;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from 1900-01-00 (the 1900 date system's day 0) to 1904-01-01 (the 1904 system's). */
const DATE_1904_OFFSET = 1462;

/** An ISO 8601 date cell as a serial in the workbook's date system; its text when unparsable. */
function isoSerial(text: string, date1904: boolean): SourceValue {
  const time = Date.parse(
    /[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`
  );
  if (Number.isNaN(time)) return text;
  return (time - EXCEL_EPOCH_MS) / 86_400_000 - (date1904 ? DATE_1904_OFFSET : 0);
}

/** A sheet's values read from its text written in pieces of any size, complete once closed. */
export interface SheetValuesReader {
  write(text: string): void;
  close(): SheetValues;
}

export function sheetValuesReader(
  sharedStrings: readonly string[],
  date1904: boolean
): SheetValuesReader {
  const columns = new Map<number, SourceValue[]>();
  let lastRow = 0;
  let row = 0;
  let column = 0;
  let type = "n";
  let v: string | undefined;
  let inline: string | undefined;
  let hasFormula = false;
  let inPhonetic = 0;
  const scan = scanXmlChunks({
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "row") {
        const r = Number(e.attribute("r"));
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        column = 0;
      } else if (e.local === "c") {
        const at = parseCell(e.attribute("r") ?? "");
        if (at) [row, column] = [at.row, at.column];
        else column++;
        type = e.attribute("t") ?? "n";
        v = inline = undefined;
        hasFormula = false;
      } else if (e.local === "rPh") inPhonetic++;
    },
    close: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      switch (e.local) {
        case "f":
          hasFormula = true;
          break;
        case "v":
          if (e.parent?.local === "c") v = e.text;
          break;
        case "t":
          // <is><t> or a rich run's <is><r><t>; phonetic guides (<rPh>) are not the text.
          if (inPhonetic === 0 && (e.parent?.local === "is" || e.parent?.parent?.local === "is"))
            inline = (inline ?? "") + e.text;
          break;
        case "rPh":
          inPhonetic--;
          break;
        case "is":
          inline ??= "";
          break;
        case "c": {
          const value =
            type === "d" && v !== undefined
              ? isoSerial(v, date1904)
              : (storedValue(type, v, inline, hasFormula, sharedStrings) ?? null);
          if (value === null || value === "") break;
          let cells = columns.get(column);
          if (!cells) columns.set(column, (cells = []));
          cells[row] = typeof value === "object" ? { error: value.error } : value;
          lastRow = Math.max(lastRow, row);
          break;
        }
      }
    },
  });
  return {
    write: (text) => scan.write(text),
    close: () => {
      scan.close();
      return { lastRow, value: (r, c) => columns.get(c)?.[r] ?? null };
    },
  };
}
