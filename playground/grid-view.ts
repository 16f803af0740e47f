/**
 * A simple grid of the fake workbook for the playground: sheet tabs, a name box that selects
 * what is typed into it (`Accounts!A1:A301`, `G:G`, `A1:A5,C1:C5`), and the cells with their
 * fills, fonts and computed values. Clicking a cell selects it, Shift extends, Ctrl adds an
 * area, a column letter selects the whole column: "Use current selection" in the pane then
 * reads it, as in Excel. Every cell text is a text node.
 */
import { el } from "../src/ui/dom";
import { FakeWorkbook } from "../test-double/excel";
import { columnLetters, formatArea, parseArea, splitSheet } from "../test-double/excel/a1";

/** Rows drawn per sheet; a 100,000-account sheet stays responsive. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 40;

interface Cursor {
  readonly row: number;
  readonly column: number;
}

const areaText = (a: Cursor, b: Cursor): string =>
  formatArea({
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  });

function shown(value: number | string | boolean, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const decimals = /0\.(0+)/.exec(numberFormat)?.[1].length;
  if (numberFormat.includes("%")) return `${(value * 100).toFixed(decimals ?? 0)}%`;
  if (numberFormat.includes("yyyy")) return excelDate(value);
  if (decimals !== undefined) return value.toFixed(decimals);
  return String(Math.round(value * 1e10) / 1e10);
}

function excelDate(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  return date.toISOString().slice(0, 16).replace("T", " ");
}

export interface GridView {
  readonly element: HTMLElement;
  refresh(): void;
}

export function gridView(book: FakeWorkbook): GridView {
  const tabs = el("div", { class: "pg-tabs", role: "tablist", "aria-label": "Sheets" });
  const nameBox = el("input", {
    class: "pg-name-box",
    id: "pg-name-box",
    "aria-label": "Selection (type an address and press Enter)",
    dir: "ltr",
    spellcheck: "false",
  });
  const table = el("table", { class: "pg-grid", dir: "ltr" });
  const note = el("p", { class: "pg-note" });
  // Left to right whatever the pane's language: the add-in cannot flip a sheet (spec §9), and
  // a right-to-left scroll box would open on the last column instead of column A.
  const element = el(
    "section",
    { class: "pg-book", "aria-label": "Workbook", dir: "ltr" },
    el("label", { for: "pg-name-box", class: "pg-name-label" }, "Selection"),
    nameBox,
    tabs,
    el("div", { class: "pg-scroll" }, table),
    note
  );
  let shownSheet = book.activeSheet;
  let lastActive = book.activeSheet;
  let anchor: Cursor = { row: 0, column: 0 };

  const select = (sheet: string, areas: string) => {
    book.select(sheet, areas);
    shownSheet = sheet;
    refresh();
  };

  nameBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const { sheet, area: areas } = splitSheet(nameBox.value) ?? { area: nameBox.value };
    const target = sheet ?? shownSheet;
    if (!book.sheetNames.some((name) => name.toLowerCase() === target.toLowerCase())) {
      note.textContent = `No sheet named ${target}.`;
      return;
    }
    try {
      select(
        book.sheetNames.find((n) => n.toLowerCase() === target.toLowerCase())!,
        areas
      );
    } catch (error) {
      note.textContent = error instanceof Error ? error.message : String(error);
    }
  });

  table.addEventListener("click", (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("[data-row],[data-column]");
    if (!cell) return;
    const column = Number(cell.dataset.column);
    if (cell.dataset.row === undefined) {
      const letters = columnLetters(column);
      return select(shownSheet, `${letters}:${letters}`);
    }
    const here = { row: Number(cell.dataset.row), column };
    const current = book.selection.sheet === shownSheet ? book.selection.address : "";
    if (event.shiftKey) return select(shownSheet, areaText(anchor, here));
    anchor = here;
    const area = areaText(here, here);
    select(shownSheet, event.ctrlKey || event.metaKey ? `${current},${area}` : area);
  });

  function refresh(): void {
    // Follow the sheet the add-in activates (a build shows its new sheet, as in Excel).
    if (book.activeSheet !== lastActive || !book.sheetNames.includes(shownSheet))
      shownSheet = book.activeSheet;
    lastActive = book.activeSheet;
    const selection = book.selection;
    nameBox.value = `${selection.sheet}!${selection.address}`;
    tabs.replaceChildren(
      ...book.sheetNames.map((name) => {
        const tab = el(
          "button",
          { type: "button", role: "tab", "aria-selected": String(name === shownSheet) },
          name
        );
        tab.addEventListener("click", () => {
          shownSheet = name;
          refresh();
        });
        return tab;
      })
    );
    drawCells();
  }

  function drawCells(): void {
    const used = book.usedRange(shownSheet);
    const last = parseArea(used);
    const rows = last ? Math.min(last.bottom + 1, MAX_ROWS) : 1;
    const columns = last ? Math.min(last.right + 1, MAX_COLUMNS) : 1;
    const widths = book.columnWidths(shownSheet);
    const head = el("tr", {}, el("th", {}, ""));
    for (let c = 0; c < columns; c++) {
      const th = el("th", { "data-column": String(c), scope: "col" }, columnLetters(c));
      if (widths[c]) th.style.minWidth = `${Math.round(widths[c] * 1.33)}px`;
      head.append(th);
    }
    const body: HTMLElement[] = [head];
    for (let r = 0; r < rows; r++) {
      const tr = el("tr", {}, el("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < columns; c++) {
        const view = book.cell(shownSheet, r, c);
        const td = el("td", { "data-row": String(r), "data-column": String(c) });
        td.textContent = shown(view.value, view.numberFormat);
        if (view.formula) td.title = view.formula;
        if (view.format.fill) td.style.background = view.format.fill;
        if (view.format.fontColor) td.style.color = view.format.fontColor;
        if (view.format.bold) td.style.fontWeight = "600";
        if (typeof view.value === "number") td.classList.add("pg-number");
        tr.append(td);
      }
      body.push(tr);
    }
    table.replaceChildren(...body);
    note.textContent =
      last && last.bottom + 1 > rows ? `Showing the first ${rows} of ${last.bottom + 1} rows.` : "";
  }

  refresh();
  return { element, refresh };
}
