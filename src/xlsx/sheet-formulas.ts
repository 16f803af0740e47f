/**
 * A worksheet part read for Share: every cell's stored value (numbers, shared and inline strings,
 * booleans, errors; a formula cell's cached `<v>`), its formula with the shared/array facts, and
 * the offsets of its `<c>`, `<f>` and `<v>` elements, so a writer can splice exactly there.
 */
import { Scalar } from "../formula/values";
import { parseCell } from "../a1/a1";
import { cellRange } from "./table-columns";
import { ClosedElement, SPREADSHEETML, scanXml } from "./xml-scan";

export interface SheetFormula {
  /** The formula text as stored (without "="); empty for a shared group's other members. */
  readonly text: string;
  readonly type: "normal" | "shared" | "array";
  /** The range of an array formula, or of a shared group on its master. */
  readonly ref?: string;
  /** A shared group's index. */
  readonly si?: string;
  readonly element: ClosedElement;
}

export interface SheetCell {
  readonly row: number;
  readonly column: number;
  /** The `t` attribute ("n" when absent). */
  readonly type: string;
  /**
   * The stored value: a constant, or a formula's cached value; undefined for a formula cell
   * without a cached value.
   */
  readonly value: Scalar | undefined;
  readonly formula?: SheetFormula;
  readonly element: ClosedElement;
  readonly valueElement?: ClosedElement;
  readonly inlineElement?: ClosedElement;
}

export interface SheetCells {
  /** Cells by key (row × 16384 + column − 1), in document order. */
  readonly cells: Map<number, SheetCell>;
  readonly usedRows: number;
  /** Shared groups' masters by si. */
  readonly sharedMasters: Map<string, SheetCell>;
  /** The `<tableParts>`'s relationship ids are read from the sheet's rels instead. */
}

export const cellKey = (row: number, column: number): number => row * 16384 + column - 1;

/** Reads a worksheet part; `sharedStrings` resolves `t="s"` cells. */
export function readSheetCells(xml: string, sharedStrings: readonly string[]): SheetCells {
  const cells = new Map<number, SheetCell>();
  const sharedMasters = new Map<string, SheetCell>();
  let usedRows = 0;
  let row = 0;
  let column = 0;
  let formula: SheetFormula | undefined;
  let valueElement: ClosedElement | undefined;
  let inlineElement: ClosedElement | undefined;
  let inline = "";
  let inPhonetic = 0;
  scanXml(xml, {
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      switch (e.local) {
        case "row": {
          const r = Number(e.attribute("r"));
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          column = 0;
          break;
        }
        case "c": {
          const at = parseCell(e.attribute("r") ?? "");
          if (at) [row, column] = [at.row, at.column];
          else column++;
          formula = valueElement = inlineElement = undefined;
          inline = "";
          break;
        }
        case "rPh":
          inPhonetic++;
      }
    },
    close: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      switch (e.local) {
        case "f": {
          const t = e.attribute("t");
          formula = {
            text: e.text,
            type: t === "shared" || t === "array" ? t : "normal",
            ref: e.attribute("ref"),
            si: e.attribute("si"),
            element: e,
          };
          break;
        }
        case "v":
          if (e.parent?.local === "c") valueElement = e;
          break;
        case "t":
          if (inPhonetic === 0) inline += e.text;
          break;
        case "rPh":
          inPhonetic--;
          break;
        case "is":
          inlineElement = e;
          break;
        case "c": {
          const type = e.attribute("t") ?? "n";
          const cell: SheetCell = {
            row,
            column,
            type,
            value: storedValue(
              type,
              valueElement?.text,
              inlineElement && inline,
              formula !== undefined,
              sharedStrings
            ),
            formula,
            element: e,
            valueElement,
            inlineElement,
          };
          cells.set(cellKey(row, column), cell);
          if (formula || valueElement || inlineElement) usedRows = Math.max(usedRows, row);
          if (formula?.type === "shared" && formula.ref && formula.si !== undefined)
            sharedMasters.set(formula.si, cell);
          break;
        }
      }
    },
  });
  return { cells, usedRows, sharedMasters };
}

/**
 * A cell's stored value from its type (`t`), its `<v>` text and its inline string: undefined for
 * a formula without a cached value and for an ISO date cell (`t="d"`, which needs the date system).
 */
export function storedValue(
  type: string,
  text: string | undefined,
  inline: string | undefined,
  hasFormula: boolean,
  sharedStrings: readonly string[]
): Scalar | undefined {
  if (type === "inlineStr") return inline ?? (hasFormula ? undefined : null);
  if (text === undefined) return hasFormula ? undefined : null;
  switch (type) {
    case "s":
      return sharedStrings[Number(text)] ?? null;
    case "str":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: text };
    case "d":
      return undefined;
    default:
      return text === "" ? null : Number(text);
  }
}

/** The cells an array formula or a shared group covers. */
export function rangeCells(ref: string | undefined): { row: number; column: number }[] {
  const range = ref ? cellRange(ref) : undefined;
  if (!range) return [];
  const out: { row: number; column: number }[] = [];
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) out.push({ row: r, column: c });
  return out;
}
