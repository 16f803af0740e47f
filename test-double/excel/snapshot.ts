/**
 * Before/after comparison of the workbook, so a test can assert that nothing outside the sheets
 * it owns changed: sheet list and order, cell contents, formats, conditional formats,
 * validations, names, column widths, row heights, freeze panes and AutoFilter.
 */
import { formatArea } from "./a1";
import { Content, Fill, contentOf } from "./cells";
import { FormatOp, SheetModel, ValidationOp, WorkbookModel } from "./model";

interface ColumnSnapshot {
  readonly cells: Map<number, Content>;
  readonly fills: readonly Fill[];
}

interface SheetSnapshot {
  readonly name: string;
  readonly position: number;
  readonly columns: Map<number, ColumnSnapshot>;
  readonly formatOps: readonly FormatOp[];
  readonly validationOps: readonly ValidationOp[];
  readonly conditionalFormats: string;
  readonly names: string[];
  readonly columnWidths: string;
  readonly rowHeights: string;
  readonly freeze: string;
  readonly autoFilter: string;
  readonly visibility: string;
  readonly protected: boolean;
}

/** A frozen copy of the workbook's state, keyed by sheet identity (renames are changes). */
export interface BookSnapshot {
  readonly sheets: ReadonlyMap<string, SheetSnapshot>;
}

export interface Change {
  readonly sheet: string;
  /** A1 area, name, or "" for the sheet itself. */
  readonly address: string;
  readonly what: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

const json = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (x instanceof Map ? [...x].sort((a, b) => a[0] - b[0]) : x)) ?? "";

function snapshotSheet(sheet: SheetModel, position: number): SheetSnapshot {
  const columns = new Map<number, ColumnSnapshot>();
  for (const [index, column] of sheet.columns) {
    columns.set(index, { cells: new Map(column.cells), fills: [...column.fills] });
  }
  return {
    name: sheet.name,
    position,
    columns,
    formatOps: [...sheet.formatOps],
    validationOps: [...sheet.validationOps],
    conditionalFormats: json(sheet.conditionalFormats),
    names: sheet.names.map((n) => json(n)),
    columnWidths: json(sheet.columnWidths),
    rowHeights: json(sheet.rowHeights),
    freeze: json(sheet.freeze ?? null),
    autoFilter: json(sheet.autoFilter ?? null),
    visibility: sheet.visibility,
    protected: sheet.protected,
  };
}

export function takeSnapshot(book: WorkbookModel): BookSnapshot {
  return { sheets: new Map(book.sheets.map((s, i) => [s.id, snapshotSheet(s, i)])) };
}

function fillAt(fills: readonly Fill[], row: number): Fill | undefined {
  return fills.find((f) => row >= f.top && row <= f.bottom);
}

function contentAt(c: ColumnSnapshot | undefined, row: number, column: number) {
  if (!c) return { content: undefined };
  const explicit = c.cells.get(row);
  if (explicit !== undefined) return { content: explicit };
  const fill = fillAt(c.fills, row);
  return fill ? { fill, column } : { content: undefined };
}

function sameFill(a: Fill, b: Fill): boolean {
  return (
    a.anchorRow === b.anchorRow &&
    a.anchorColumn === b.anchorColumn &&
    json(a.content) === json(b.content)
  );
}

function cellChanges(name: string, before: SheetSnapshot, after: SheetSnapshot): Change[] {
  const changes: Change[] = [];
  const columns = new Set([...before.columns.keys(), ...after.columns.keys()]);
  for (const column of [...columns].sort((a, b) => a - b)) {
    const b = before.columns.get(column);
    const a = after.columns.get(column);
    const rows = new Set<number>();
    for (const c of [b, a]) {
      if (!c) continue;
      for (const row of c.cells.keys()) rows.add(row);
      for (const f of c.fills) for (let r = f.top; r <= f.bottom; r++) rows.add(r);
    }
    for (const row of [...rows].sort((x, y) => x - y)) {
      const was = contentAt(b, row, column);
      const now = contentAt(a, row, column);
      if (was.fill && now.fill && sameFill(was.fill, now.fill)) continue;
      const wasContent = was.fill ? contentOf(was.fill, row, column) : was.content;
      const nowContent = now.fill ? contentOf(now.fill, row, column) : now.content;
      if (json(wasContent) === json(nowContent)) continue;
      const address = formatArea({ top: row, bottom: row, left: column, right: column });
      changes.push({ sheet: name, address, what: "cell", before: wasContent, after: nowContent });
    }
  }
  return changes;
}

/** Ops appended since the snapshot, or everything when the list was rewritten (row inserts). */
function opChanges<T extends { rect: { top: number } }>(
  name: string,
  what: string,
  before: readonly T[],
  after: readonly T[]
): Change[] {
  const kept = before.length <= after.length && before.every((op, i) => after[i] === op);
  const added = kept ? after.slice(before.length) : after;
  if (!kept && after.length === 0 && before.length > 0) return [{ sheet: name, address: "", what }];
  return added.map((op) => ({
    sheet: name,
    address: formatArea(op.rect as never),
    what,
    after: op,
  }));
}

function compareSheets(before: SheetSnapshot, after: SheetSnapshot): Change[] {
  const name = after.name;
  const changes: Change[] = [];
  const scalar = (what: string, b: unknown, a: unknown) => {
    if (b !== a) changes.push({ sheet: name, address: "", what, before: b, after: a });
  };
  scalar("sheet-rename", before.name, after.name);
  scalar("sheet-position", before.position, after.position);
  changes.push(...cellChanges(name, before, after));
  changes.push(...opChanges(name, "format", before.formatOps, after.formatOps));
  changes.push(...opChanges(name, "validation", before.validationOps, after.validationOps));
  scalar("conditionalFormat", before.conditionalFormats, after.conditionalFormats);
  scalar("columnWidth", before.columnWidths, after.columnWidths);
  scalar("rowHeight", before.rowHeights, after.rowHeights);
  scalar("freeze", before.freeze, after.freeze);
  scalar("autoFilter", before.autoFilter, after.autoFilter);
  scalar("visibility", before.visibility, after.visibility);
  scalar("protection", before.protected, after.protected);
  const names = new Set([...before.names, ...after.names]);
  for (const n of names) {
    if (before.names.includes(n) && after.names.includes(n)) continue;
    const parsed = JSON.parse(n) as { name: string };
    changes.push({
      sheet: name,
      address: parsed.name,
      what: "name",
      [before.names.includes(n) ? "before" : "after"]: parsed,
    });
  }
  return changes;
}

/** Everything that differs between two snapshots. */
export function diffSnapshots(before: BookSnapshot, after: BookSnapshot): Change[] {
  const changes: Change[] = [];
  for (const [id, b] of before.sheets) {
    const a = after.sheets.get(id);
    if (!a) changes.push({ sheet: b.name, address: "", what: "sheet-delete" });
    else changes.push(...compareSheets(b, a));
  }
  for (const [id, a] of after.sheets) {
    if (!before.sheets.has(id)) changes.push({ sheet: a.name, address: "", what: "sheet-add" });
  }
  return changes;
}
