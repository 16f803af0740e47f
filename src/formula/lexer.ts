/**
 * Splits A1 formula text into tokens, remembering where each came from so that shiftFormula can
 * rewrite references and copy everything else verbatim. References keep the sheet prefix as
 * written and their coordinates as absolute numbers with `$` flags.
 *
 * Over 300 lines: one tokenizer, a single pass whose token kinds share the scanning state.
 */
import { LineRef, parseCell as parseCellRef, parseColumn, parseRow } from "../a1/a1";
import { ERROR_LITERALS, Unsupported } from "./values";

/** One coordinate of a reference: the number written and whether it carries `$`. */
export type Coordinate = LineRef;

export interface CellAddress {
  readonly column: Coordinate;
  readonly row: Coordinate;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A sheet prefix: the name decoded, the text as written (`'Health History'!`). */
export interface SheetPrefix {
  readonly name: string;
  readonly text: string;
  /** Another workbook's sheet (`[1]Data!`, `'[Book.xlsx]Data'!`): never read, never guessed. */
  readonly external?: boolean;
}

export type RefToken =
  | { readonly kind: "cell"; readonly sheet?: SheetPrefix; readonly cell: CellAddress }
  | {
      readonly kind: "area";
      readonly sheet?: SheetPrefix;
      readonly from: CellAddress;
      readonly to: CellAddress;
    }
  | {
      readonly kind: "columns";
      readonly sheet?: SheetPrefix;
      readonly from: Coordinate;
      readonly to: Coordinate;
    }
  | {
      readonly kind: "rows";
      readonly sheet?: SheetPrefix;
      readonly from: Coordinate;
      readonly to: Coordinate;
    };

export type Token = Span &
  (
    | { readonly kind: "number"; readonly value: number }
    | { readonly kind: "string"; readonly value: string }
    | { readonly kind: "boolean"; readonly value: boolean }
    | { readonly kind: "error"; readonly value: string }
    | { readonly kind: "function"; readonly name: string }
    | { readonly kind: "name"; readonly name: string; readonly sheet?: SheetPrefix }
    /** An array constant, `{1,2;3,4}`, kept as written (its commas are not argument separators). */
    | { readonly kind: "array"; readonly text: string }
    /**
     * A structured (table) reference, `Sales[Score]`, `Sales[[#This Row],[Score]]`, `[@Score]`:
     * the table's name (absent inside the table) and the bracketed part as written.
     */
    | { readonly kind: "structured"; readonly table?: string; readonly spec: string }
    | { readonly kind: "operator"; readonly value: string }
    | { readonly kind: "open" | "close" | "comma" }
    | RefToken
  );

/** Letters, digits, `_ . $ \` and anything beyond ASCII: the characters of names and references. */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 36 ||
    code === 46 ||
    code === 95 ||
    code === 92 ||
    code >= 128
  );
}
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
/** A defined name or a table name: a letter, `_` or `\\` first, then word characters. */
const NAME_WORD = /^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*$/;
const OPERATORS = ["<>", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "&", "^", "%", ":", "@"];

function parseCell(word: string): CellAddress | undefined {
  const c = parseCellRef(word);
  return c && { column: { n: c.column, abs: c.absColumn }, row: { n: c.row, abs: c.absRow } };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;

  const readWord = (from: number): number => {
    let j = from;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    return j;
  };

  /** A reference starting at `i` (after an optional prefix), or undefined when there is none. */
  const readReference = (start: number, sheet?: SheetPrefix): Token | undefined => {
    const end = readWord(i);
    const word = text.slice(i, end);
    const colon = text[end] === ":";
    const secondEnd = colon ? readWord(end + 1) : end;
    const second = text.slice(end + 1, secondEnd);
    const cell = parseCell(word);
    if (cell) {
      const to = colon ? parseCell(second) : undefined;
      if (to) {
        i = secondEnd;
        return { kind: "area", sheet, from: cell, to, start, end: i };
      }
      i = end;
      return { kind: "cell", sheet, cell, start, end: i };
    }
    const column = parseColumn(word);
    const toColumn = colon ? parseColumn(second) : undefined;
    if (column && toColumn) {
      i = secondEnd;
      return { kind: "columns", sheet, from: column, to: toColumn, start, end: i };
    }
    const row = parseRow(word);
    const toRow = colon ? parseRow(second) : undefined;
    if (row && toRow) {
      i = secondEnd;
      return { kind: "rows", sheet, from: row, to: toRow, start, end: i };
    }
    return undefined;
  };

  const readError = (start: number): Token => {
    for (const code of ERROR_LITERALS.keys()) {
      if (text.slice(i, i + code.length).toUpperCase() === code) {
        i += code.length;
        // A reference whose sheet was deleted reads `#REF!$B$2:$B$7`: all of it is #REF!.
        if (code === "#REF!") while (i < text.length && /[A-Za-z0-9$:]/.test(text[i])) i++;
        return { kind: "error", value: code, start, end: i };
      }
    }
    throw new Unsupported(`the text "${text.slice(i)}" in a formula`);
  };

  /** After `Sheet!`: a reference, a sheet-scoped defined name, or `#REF!`. */
  const afterPrefix = (start: number, sheet: SheetPrefix): Token => {
    if (text[i] === "#") return readError(start);
    const ref = readReference(start, sheet);
    if (ref) return ref;
    const end = readWord(i);
    const word = text.slice(i, end);
    if (!NAME_WORD.test(word)) throw new Unsupported(`the reference ${text.slice(start, end)}`);
    i = end;
    return { kind: "name", name: word, sheet, start, end };
  };

  /** From `[` to its matching `]`, nested brackets and `'`-escaped characters included. */
  const readBrackets = (): string => {
    const from = i;
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === "'") i += 2;
      else {
        if (c === "[") depth++;
        else if (c === "]" && --depth === 0) return text.slice(from, ++i);
        i++;
      }
    }
    throw new Unsupported("an unterminated [ in a formula");
  };

  /** `{…}` up to its closing brace, strings inside kept whole. */
  const readArray = (start: number): Token => {
    i++;
    while (i < text.length && text[i] !== "}") {
      if (text[i] === '"') readQuoted('"', "an unterminated string");
      else i++;
    }
    if (i >= text.length) throw new Unsupported("an unterminated array constant");
    i++;
    return { kind: "array", text: text.slice(start, i), start, end: i };
  };

  /** Text between `quote`s from `i`, a doubled quote standing for one. */
  const readQuoted = (quote: string, unterminated: string): string => {
    let value = "";
    i++;
    for (;;) {
      const close = text.indexOf(quote, i);
      if (close < 0) throw new Unsupported(unterminated);
      value += text.slice(i, close);
      i = close + 1;
      if (text[i] !== quote) return value;
      value += quote;
      i++;
    }
  };

  while (i < text.length) {
    const ch = text[i];
    const start = i;
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
    } else if (ch === '"') {
      const value = readQuoted('"', "an unterminated string");
      tokens.push({ kind: "string", value, start, end: i });
    } else if (ch === "'") {
      const name = readQuoted("'", "an unterminated sheet name");
      if (text[i] !== "!") throw new Unsupported(`the quoted name '${name}'`);
      i++;
      const external = name.includes("[") || undefined;
      tokens.push(afterPrefix(start, { name, text: text.slice(start, i), external }));
    } else if (ch === "{") {
      tokens.push(readArray(start));
    } else if (ch === "[") {
      tokens.push(readBracketed(start));
    } else if (ch === "#") {
      tokens.push(readError(start));
    } else if (ch === "(") {
      i++;
      tokens.push({ kind: "open", start, end: i });
    } else if (ch === ")") {
      i++;
      tokens.push({ kind: "close", start, end: i });
    } else if (ch === ",") {
      i++;
      tokens.push({ kind: "comma", start, end: i });
    } else if (isWordChar(text.charCodeAt(i))) {
      tokens.push(readWordToken(start));
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new Unsupported(`the character "${ch}" in a formula`);
      i += op.length;
      tokens.push({ kind: "operator", value: op, start, end: i });
    }
  }
  return tokens;

  /** `[@Score]` inside a table, or another workbook's `[1]Sheet!A1` / `[1]!Name`. */
  function readBracketed(start: number): Token {
    const spec = readBrackets();
    if (/^\[\d+\]$/.test(spec)) {
      const end = readWord(i);
      if (text[end] !== "!") throw new Unsupported(`the external reference ${spec}`);
      const name = text.slice(start, end);
      i = end + 1;
      return afterPrefix(start, { name, text: text.slice(start, i), external: true });
    }
    return { kind: "structured", spec, start, end: i };
  }

  function readWordToken(start: number): Token {
    const end = readWord(i);
    const word = text.slice(i, end);
    if (text[end] === "[" && NAME_WORD.test(word)) {
      i = end;
      const spec = readBrackets();
      return { kind: "structured", table: word, spec, start, end: i };
    }
    if (text[end] === "!") {
      i = end + 1;
      return afterPrefix(start, { name: word, text: text.slice(start, i) });
    }
    if (text[end] === "(" && /^[A-Za-z_][A-Za-z0-9_.]*$/.test(word)) {
      i = end + 1;
      return { kind: "function", name: word.toUpperCase(), start, end: i };
    }
    const ref = readReference(start);
    if (ref) return ref;
    if (/^[0-9.]/.test(word)) return readNumber(start);
    i = end;
    if (/^(true|false)$/i.test(word))
      return { kind: "boolean", value: word.toUpperCase() === "TRUE", start, end };
    if (NAME_WORD.test(word)) return { kind: "name", name: word, start, end };
    throw new Unsupported(`the word ${word} in a formula`);
  }

  function readNumber(start: number): Token {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new Unsupported(`the number ${text.slice(i)}`);
    i += m[0].length;
    if (i < text.length && isWordChar(text.charCodeAt(i)))
      throw new Unsupported(`the number ${text.slice(start)}`);
    return { kind: "number", value: Number(m[0]), start, end: i };
  }
}
