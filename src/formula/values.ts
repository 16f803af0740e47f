/**
 * The values a formula computes with, and Excel's rules for turning one kind into another (checked
 * against Excel and LibreOffice): blanks are 0 / "" / FALSE where a scalar is needed, text becomes
 * a number only when it is one, numbers compare to 15 significant digits, text ignoring case.
 */

export interface XlError {
  readonly error: string;
}

/** A cell's content as the workbook reports it: null is a blank cell. */
export type Scalar = number | string | boolean | null | XlError;

export { MAX_COLUMNS, MAX_ROWS } from "../a1/a1";

/** A rectangular block of cells on one sheet (1-based, inclusive). */
export class Ref {
  constructor(
    readonly sheet: string,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number
  ) {}

  get rows(): number {
    return this.bottom - this.top + 1;
  }

  get columns(): number {
    return this.right - this.left + 1;
  }
}

/** An array computed by an expression over ranges, row-major. */
export class Arr {
  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly data: Scalar[]
  ) {}
}

/** What an expression evaluates to before a consumer asks for a scalar. */
export type Value = Scalar | Ref | Arr;

/**
 * Thrown for anything outside the supported subset: it is never an Excel value, so it passes
 * through IFERROR and ISERROR up to the cell, which reports `{ unsupported }`.
 */
export class Unsupported extends Error {}

const error = (code: string): XlError => Object.freeze({ error: code });
export const NA = error("#N/A");
export const VALUE = error("#VALUE!");
export const DIV0 = error("#DIV/0!");
export const REF = error("#REF!");
export const NUM = error("#NUM!");
export const NAME = error("#NAME?");
export const NULL_ERROR = error("#NULL!");

export const ERROR_LITERALS: ReadonlyMap<string, XlError> = new Map(
  [NA, VALUE, DIV0, REF, NUM, NAME, NULL_ERROR].map((e) => [e.error, e])
);

export const isError = (v: Value): v is XlError =>
  v !== null && typeof v === "object" && !(v instanceof Ref) && !(v instanceof Arr);

/** A finite number, else #NUM! (Excel has no NaN or infinity; -0 shows as 0). */
export const numberResult = (n: number): number | XlError => (Number.isFinite(n) ? n + 0 : NUM);

const PLAIN_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** The number a text holds when it is written as a plain decimal number, else undefined. */
export function plainNumber(text: string): number | undefined {
  return PLAIN_NUMBER.test(text) ? Number(text) : undefined;
}

/**
 * Text to number as arithmetic does: plain decimals convert; text without any digit is #VALUE!;
 * text with digits in another shape (dates, times, percentages, currency, fractions) would be
 * read through Excel's locale-dependent value parser, which is not modelled.
 */
function textToNumber(text: string): number | XlError {
  const n = plainNumber(text);
  if (n !== undefined) return n;
  if (!/\d/.test(text)) return VALUE;
  throw new Unsupported(`converting the text "${text}" to a number`);
}

/** A scalar as a number for + - * / and unary minus: blank 0, TRUE 1, FALSE 0. */
export function toNumber(v: Scalar): number | XlError {
  switch (typeof v) {
    case "number":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return textToNumber(v);
    default:
      return v === null ? 0 : v;
  }
}

/** A scalar as a condition (IF, NOT, AND, OR): numbers are TRUE unless 0, blank is FALSE. */
export function toBoolean(v: Scalar): boolean | XlError {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      if (/^(true|false)$/i.test(v)) throw new Unsupported(`the text "${v}" used as a condition`);
      return VALUE;
    default:
      return v === null ? false : v;
  }
}

/**
 * A number as text, as `&` and the text functions convert it: up to 15 significant digits. Only
 * the range where Excel writes plain decimals is modelled; outside it Excel switches to
 * scientific notation by rules not reproduced here.
 */
export function numberToText(n: number): string {
  if (n === 0) return "0";
  const magnitude = Math.abs(n);
  if (magnitude < 1e-5 || magnitude >= 1e15)
    throw new Unsupported(`the number ${n} converted to text`);
  const text = Number(n.toPrecision(15)).toString();
  if (/e/i.test(text)) throw new Unsupported(`the number ${n} converted to text`);
  return text;
}

/** A scalar as text for `&` and SUBSTITUTE. */
export function toText(v: Scalar): string | XlError {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return numberToText(v);
    case "boolean":
      return v ? "TRUE" : "FALSE";
    default:
      return v === null ? "" : v;
  }
}

/**
 * Excel's `=`: two numbers are equal when they agree to 15 significant digits. The
 * fast test: numbers further apart than 1e-14 of the larger cannot round to the same 15 digits.
 */
function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  if (Math.abs(a - b) > 1e-14 * Math.max(Math.abs(a), Math.abs(b))) return a < b ? -1 : 1;
  const ra = Number(a.toPrecision(15));
  const rb = Number(b.toPrecision(15));
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

const ORDERABLE_TEXT = /^[a-z0-9 ]*$/;

/**
 * Text order ignoring case. Equality holds for any text; order is modelled only for letters,
 * digits and spaces, where Excel's collation agrees with code-point order (punctuation and
 * accented letters collate differently).
 */
export function compareText(a: string, b: string, needOrder: boolean): number {
  if (a === b) return 0;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return 0;
  if (!needOrder) return 1;
  if (!ORDERABLE_TEXT.test(la) || !ORDERABLE_TEXT.test(lb))
    throw new Unsupported(`ordering the texts "${a}" and "${b}"`);
  return la < lb ? -1 : 1;
}

/** Numbers sort before text, text before booleans (FALSE < TRUE). */
const typeRank = (v: number | string | boolean): number =>
  typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;

/**
 * Compares two non-error scalars as the comparison operators do. A blank takes the type of the
 * other side (0, "" or FALSE); two blanks are equal.
 */
export function compareScalars(
  a: number | string | boolean | null,
  b: number | string | boolean | null,
  needOrder: boolean
): number {
  const x = a ?? blankLike(b);
  const y = b ?? blankLike(a);
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx < ry ? -1 : 1;
  if (rx === 0) return compareNumbers(x as number, y as number);
  if (rx === 1) return compareText(x as string, y as string, needOrder);
  return x === y ? 0 : x ? 1 : -1;
}

function blankLike(other: number | string | boolean | null): number | string | boolean {
  switch (typeof other) {
    case "string":
      return "";
    case "boolean":
      return false;
    default:
      return 0;
  }
}
