/**
 * The references inside a formula's text, found with the evaluator's tokenizer: what a rename,
 * a deleted sheet or inserted rows must rewrite (Excel rewrites every formula and defined name
 * that points at the sheet), and the range a name denotes when its formula is one reference.
 * Text the tokenizer cannot read is left as written.
 */
import { Token, tokenize } from "../../src/formula/lexer";
import { Unsupported } from "../../src/formula/values";
import { MAX_COLUMNS, MAX_ROWS, Rect, columnLetters, quoteSheet } from "./a1";
import type { SheetModel, WorkbookModel } from "./model";

/** One end of a reference, 0-based; `undefined` row/column for whole columns/rows. */
export interface RefCorner {
  readonly row?: number;
  readonly column?: number;
  readonly rowAbsolute: boolean;
  readonly columnAbsolute: boolean;
}

export interface Reference {
  /** The sheet as written (unquoted), or `undefined` for the formula's own sheet. */
  readonly sheet?: string;
  readonly start: RefCorner;
  /** The same object as `start` for a single cell. */
  readonly end: RefCorner;
}

/** Returns the new text of a reference, or `undefined` to keep it as written. */
export type RefRewriter = (ref: Reference) => string | undefined;

export function formatCorner(c: RefCorner): string {
  const column =
    c.column === undefined ? "" : `${c.columnAbsolute ? "$" : ""}${columnLetters(c.column)}`;
  const row = c.row === undefined ? "" : `${c.rowAbsolute ? "$" : ""}${c.row + 1}`;
  return column + row;
}

/** Writes a reference back as text (with its sheet prefix, quoted when needed). */
export function formatReference(ref: Reference): string {
  const prefix = ref.sheet === undefined ? "" : `${quoteSheet(ref.sheet)}!`;
  const start = formatCorner(ref.start);
  return ref.start === ref.end ? prefix + start : `${prefix}${start}:${formatCorner(ref.end)}`;
}

function toReference(token: Token): Reference | undefined {
  const sheet = "sheet" in token ? token.sheet?.name : undefined;
  switch (token.kind) {
    case "cell": {
      const { row, column } = token.cell;
      const start = {
        row: row.n - 1,
        column: column.n - 1,
        rowAbsolute: row.abs,
        columnAbsolute: column.abs,
      };
      return { sheet, start, end: start };
    }
    case "area": {
      const corner = (c: typeof token.from): RefCorner => ({
        row: c.row.n - 1,
        column: c.column.n - 1,
        rowAbsolute: c.row.abs,
        columnAbsolute: c.column.abs,
      });
      return { sheet, start: corner(token.from), end: corner(token.to) };
    }
    case "columns":
    case "rows": {
      const columns = token.kind === "columns";
      const corner = (c: typeof token.from): RefCorner =>
        columns
          ? { column: c.n - 1, columnAbsolute: c.abs, rowAbsolute: false }
          : { row: c.n - 1, rowAbsolute: c.abs, columnAbsolute: false };
      return { sheet, start: corner(token.from), end: corner(token.to) };
    }
    default:
      return undefined;
  }
}

/** Rewrites every reference of `formula` (with or without its "=") through `rewrite`. */
export function rewriteReferences(formula: string, rewrite: RefRewriter): string {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch (e) {
    if (e instanceof Unsupported) return formula;
    throw e;
  }
  let out = "";
  let at = 0;
  for (const token of tokens) {
    const ref = toReference(token);
    const text = ref && rewrite(ref);
    if (text === undefined) continue;
    out += formula.slice(at, token.start) + text;
    at = token.end;
  }
  return out + formula.slice(at);
}

/** The sheets a formula refers to by name (as written). */
export function referencedSheets(formula: string): Set<string> {
  const sheets = new Set<string>();
  rewriteReferences(formula, (ref) => {
    if (ref.sheet !== undefined) sheets.add(ref.sheet);
    return undefined;
  });
  return sheets;
}

/** What a sheet-scoped name refers to when it is a plain reference. */
export interface NameTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** The range a name's formula denotes when it is a single reference, else undefined. */
export function nameTarget(
  book: WorkbookModel,
  scope: SheetModel,
  formula: string
): NameTarget | undefined {
  let found: Reference | undefined;
  let count = 0;
  const rest = rewriteReferences(formula.replace(/^=/, ""), (ref) => {
    found = ref;
    count++;
    return "";
  });
  if (count !== 1 || rest.trim() !== "" || !found) return undefined;
  const ref: Reference = found;
  const sheet = ref.sheet === undefined ? scope : book.sheet(ref.sheet);
  if (!sheet) return undefined;
  const rect: Rect = {
    top: Math.min(ref.start.row ?? 0, ref.end.row ?? 0),
    bottom: ref.start.row === undefined ? MAX_ROWS - 1 : Math.max(ref.start.row, ref.end.row!),
    left: Math.min(ref.start.column ?? 0, ref.end.column ?? 0),
    right:
      ref.start.column === undefined
        ? MAX_COLUMNS - 1
        : Math.max(ref.start.column, ref.end.column!),
  };
  return { sheet, rect };
}
