/**
 * shiftFormula: the text a fill or copy writes `rowDelta` rows and `columnDelta` columns away.
 * Relative coordinates move, `$` ones stay; a reference pushed off the sheet becomes `#REF!`
 * (after its sheet prefix). Everything else is copied as written.
 */
import { columnLetters } from "../../src/health-score/a1";
import { CellAddress, Coordinate, RefToken, Token, tokenize } from "./lexer";
import { MAX_COLUMNS, MAX_ROWS } from "./values";

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

function referenceText(token: RefToken, rowDelta: number, columnDelta: number): string {
  let moved: string | undefined;
  switch (token.kind) {
    case "cell":
      moved = cellText(token.cell, rowDelta, columnDelta);
      break;
    case "area":
      moved = pair(
        cellText(token.from, rowDelta, columnDelta),
        cellText(token.to, rowDelta, columnDelta)
      );
      break;
    case "columns": {
      const [from, to] = [token.from, token.to].map((c) => move(c, columnDelta, MAX_COLUMNS));
      moved = pair(from && columnText(from), to && columnText(to));
      break;
    }
    case "rows": {
      const [from, to] = [token.from, token.to].map((c) => move(c, rowDelta, MAX_ROWS));
      moved = pair(from && rowText(from), to && rowText(to));
      break;
    }
  }
  return (token.sheet?.text ?? "") + (moved ?? "#REF!");
}

const isReference = (t: Token): t is Token & RefToken =>
  t.kind === "cell" || t.kind === "area" || t.kind === "columns" || t.kind === "rows";

/** Throws (Unsupported) only for text that cannot be tokenised, e.g. an unterminated string. */
export function shiftFormula(formula: string, rowDelta: number, columnDelta: number): string {
  let out = "";
  let copied = 0;
  for (const token of tokenize(formula)) {
    if (!isReference(token)) continue;
    out += formula.slice(copied, token.start) + referenceText(token, rowDelta, columnDelta);
    copied = token.end;
  }
  return out + formula.slice(copied);
}
