/**
 * shiftFormula: the text a fill or copy writes `rowDelta` rows and `columnDelta` columns away.
 * Relative coordinates move, `$` ones stay; a reference pushed off the sheet becomes `#REF!`
 * (after its sheet prefix). Everything else is copied as written.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetters } from "../a1/a1";
import { rememberShift, tokensOf } from "./cache";
import { CellAddress, Coordinate, RefToken, Token } from "./lexer";

function move(c: Coordinate, delta: number, max: number): Coordinate | undefined {
  if (c.abs) return c;
  const n = c.n + delta;
  return n >= 1 && n <= max ? { n, abs: false } : undefined;
}

const dollar = (c: Coordinate): string => (c.abs ? "$" : "");
const columnText = (c: Coordinate): string => dollar(c) + columnLetters(c.n);
const rowText = (c: Coordinate): string => dollar(c) + c.n;

function cellText(cell: CellAddress, rowDelta: number, columnDelta: number): string | undefined {
  const column = move(cell.column, columnDelta, MAX_COLUMNS);
  const row = move(cell.row, rowDelta, MAX_ROWS);
  return column && row ? columnText(column) + rowText(row) : undefined;
}

function pair(a: string | undefined, b: string | undefined): string | undefined {
  return a !== undefined && b !== undefined ? `${a}:${b}` : undefined;
}

/** The moved reference, or undefined when it left the sheet. */
function movedReference(
  token: RefToken,
  rowDelta: number,
  columnDelta: number
): string | undefined {
  switch (token.kind) {
    case "cell":
      return cellText(token.cell, rowDelta, columnDelta);
    case "area":
      return pair(
        cellText(token.from, rowDelta, columnDelta),
        cellText(token.to, rowDelta, columnDelta)
      );
    case "columns": {
      const [from, to] = [token.from, token.to].map((c) => move(c, columnDelta, MAX_COLUMNS));
      return pair(from && columnText(from), to && columnText(to));
    }
    case "rows": {
      const [from, to] = [token.from, token.to].map((c) => move(c, rowDelta, MAX_ROWS));
      return pair(from && rowText(from), to && rowText(to));
    }
  }
}

const isReference = (t: Token): t is Token & RefToken =>
  t.kind === "cell" || t.kind === "area" || t.kind === "columns" || t.kind === "rows";

/** Throws (Unsupported) only for text that cannot be tokenised, e.g. an unterminated string. */
export function shiftFormula(formula: string, rowDelta: number, columnDelta: number): string {
  let out = "";
  let copied = 0;
  let offSheet = false;
  for (const token of tokensOf(formula)) {
    if (!isReference(token)) continue;
    const moved = movedReference(token, rowDelta, columnDelta);
    offSheet ||= moved === undefined;
    out += formula.slice(copied, token.start) + (token.sheet?.text ?? "") + (moved ?? "#REF!");
    copied = token.end;
  }
  out += formula.slice(copied);
  if (!offSheet) rememberShift(formula, out, rowDelta, columnDelta);
  return out;
}
