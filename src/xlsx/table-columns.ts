/** A table part (`xl/tables/tableN.xml`): its range, and each column's calculated formula. */
import { Rect, parseArea } from "../a1/a1";
import { ClosedElement, SPREADSHEETML, scanXml } from "./xml-scan";

export interface TableColumn {
  readonly name: string;
  /** The `<calculatedColumnFormula>` element when the column is calculated. */
  readonly formula?: ClosedElement;
}

/** The table's cells (header and totals rows included), its columns and their formulas. */
export interface TablePart extends Rect {
  readonly name: string;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly TableColumn[];
}

/** `A1:D9` (or one cell) as a rectangle; whole columns or rows are no cell range here. */
export function cellRange(ref: string): Rect | undefined {
  const area = parseArea(ref);
  return area?.form === "cells"
    ? { top: area.top, left: area.left, bottom: area.bottom, right: area.right }
    : undefined;
}

export function readTablePart(xml: string): TablePart | undefined {
  let table: Omit<TablePart, "columns"> | undefined;
  const columns: TableColumn[] = [];
  let formula: ClosedElement | undefined;
  scanXml(xml, {
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "table") {
        const range = cellRange(e.attribute("ref") ?? "");
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
