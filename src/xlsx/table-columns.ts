/** A table part (`xl/tables/tableN.xml`): its range, and each column's calculated formula. */
import { ClosedElement, SPREADSHEETML, scanXml } from "./xml-scan";

export interface TableColumn {
  readonly name: string;
  /** The `<calculatedColumnFormula>` element when the column is calculated. */
  readonly formula?: ClosedElement;
}

export interface TablePart {
  readonly name: string;
  /** The table's cells, 1-based inclusive, header and totals rows included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly TableColumn[];
}

/** `B2` → {row 2, column 2}; undefined for anything else. */
export function parseCell(text: string): { row: number; column: number } | undefined {
  let i = 0;
  let column = 0;
  for (; i < text.length && i < 4; i++) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + code - 0x60;
  }
  const row = Number(text.slice(i));
  return i > 0 && i <= 3 && column <= 16_384 && Number.isInteger(row) && row >= 1
    ? { row, column }
    : undefined;
}

/** `A1:D9` (or one cell) as its corners. */
export function parseRange(
  ref: string
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b = a] = ref.split(":");
  const from = parseCell(a);
  const to = parseCell(b);
  if (!from || !to) return undefined;
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

export function readTablePart(xml: string): TablePart | undefined {
  let table: Omit<TablePart, "columns"> | undefined;
  const columns: TableColumn[] = [];
  let formula: ClosedElement | undefined;
  scanXml(xml, {
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "table") {
        const range = parseRange(e.attribute("ref") ?? "");
        if (!range) return;
        table = {
          name: e.attribute("displayName") ?? e.attribute("name") ?? "",
          ...range,
          headerRows: Number(e.attribute("headerRowCount") ?? 1),
          totalsRows: Number(e.attribute("totalsRowCount") ?? 0),
        };
      } else if (e.local === "tableColumn") formula = undefined;
    },
    close: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "calculatedColumnFormula") formula = e;
      else if (e.local === "tableColumn")
        columns.push({ name: e.attribute("name") ?? "", formula });
    },
  });
  return table && { ...table, columns };
}
