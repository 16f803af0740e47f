/**
 * What a compiled formula evaluates against: the workbook, the formula's cell, and the helpers
 * that read references (cells through `book.value`, whole columns only down to the used rows).
 */
import { Arr, MAX_ROWS, REF, Ref, Scalar, Unsupported, Value, XlError } from "./values";

/** A cell's evaluated value as the workbook reports it. */
export type FormulaValue = Scalar | { readonly unsupported: string };

export interface FormulaBook {
  /** The cell's evaluated value; null = blank. */
  value(sheet: string, row: number, column: number): FormulaValue;
  sheetNames(): string[];
  /** Last used row of a sheet (whole-column references read no further). */
  usedRows(sheet: string): number;
  /** A defined name's formula (without "="), the sheet's scope first. */
  name(scopeSheet: string, name: string): string | undefined;
  /**
   * Optional: the value of a CS custom function (`CS.NPS`, `_xldudf_CS_NPS`; `id` is `NPS`) on
   * its arguments, each a scalar or a 2-D array of cell values (blank = null) as Excel passes
   * them; a spilled result is a row. Without it, a CS call is outside what the engine computes.
   */
  csFunction?(id: string, args: readonly unknown[]): Scalar | readonly Scalar[];
  /**
   * Optional: a number that changes whenever any cell's content or the list of sheets changes.
   * When present, the sheet list and the sorted numbers of a range (PERCENTILE, MEDIAN, SMALL)
   * are read once per revision instead of once per call.
   */
  revision?(): number;
}

export interface Context {
  readonly book: FormulaBook;
  /** The formula's cell: ROW() and unprefixed references. */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** Where relative positions count from (the cell, or the fill anchor's image of it). */
  readonly baseRow: number;
  readonly baseColumn: number;
  /** One number per evaluateFormula call: shared subexpressions are computed once per call. */
  readonly generation: number;
  /** Defined names being expanded, to stop a name that refers to itself. */
  readonly nameDepth: number;
  sheets?: readonly string[];
}

/** A multi-cell range used where Excel would need one value. */
export const needsOneValue = (what: string): Unsupported =>
  new Unsupported(`a range or array where ${what} expects one value`);

export function read(ctx: Context, sheet: string, row: number, column: number): Scalar {
  const v = ctx.book.value(sheet, row, column);
  if (v !== null && typeof v === "object" && "unsupported" in v)
    throw new Unsupported(v.unsupported);
  return v as Scalar;
}

const sheetLists = new WeakMap<FormulaBook, { revision: number; sheets: readonly string[] }>();

/** The book's sheets, asked once per evaluation, or once per revision when the book has one. */
function sheetsOf(ctx: Context): readonly string[] {
  if (ctx.sheets) return ctx.sheets;
  const revision = ctx.book.revision?.();
  const known = revision === undefined ? undefined : sheetLists.get(ctx.book);
  if (known && known.revision === revision) return (ctx.sheets = known.sheets);
  const sheets = ctx.book.sheetNames();
  if (revision !== undefined) sheetLists.set(ctx.book, { revision, sheets });
  return (ctx.sheets = sheets);
}

/** The workbook's spelling of a sheet named in a formula (names ignore case), or #REF!. */
export function sheetOf(ctx: Context, name: string): string | XlError {
  const sheets = sheetsOf(ctx);
  if (sheets.includes(name)) return name;
  const lower = name.toLowerCase();
  return sheets.find((s) => s.toLowerCase() === lower) ?? REF;
}

/** One value from a reference or array of one cell; a larger one is outside the subset. */
export function scalarOf(v: Value, ctx: Context, what: string): Scalar {
  if (v instanceof Ref) {
    if (v.top !== v.bottom || v.left !== v.right) throw needsOneValue(what);
    return read(ctx, v.sheet, v.top, v.left);
  }
  if (v instanceof Arr) {
    if (v.data.length !== 1) throw needsOneValue(what);
    return v.data[0];
  }
  return v;
}

/** Rows of a reference worth reading: below the used rows every cell is blank. */
function lastReadRow(ref: Ref, ctx: Context): number {
  return ref.rows > 10_000 ? Math.min(ref.bottom, ctx.book.usedRows(ref.sheet)) : ref.bottom;
}

/**
 * Visits every non-skipped cell of a reference row by row; returns the number of blank cells
 * not visited because they lie below the used rows.
 */
export function forEachCell(ref: Ref, ctx: Context, visit: (v: Scalar) => void): number {
  const last = lastReadRow(ref, ctx);
  for (let r = ref.top; r <= last; r++)
    for (let c = ref.left; c <= ref.right; c++) visit(read(ctx, ref.sheet, r, c));
  return Math.max(0, ref.bottom - Math.max(last, ref.top - 1)) * ref.columns;
}

/** The cells of a reference (or an array, or a scalar as 1×1) as an array. */
export function toArr(v: Value, ctx: Context): Arr {
  if (v instanceof Arr) return v;
  if (!(v instanceof Ref)) return new Arr(1, 1, [v]);
  if (v.rows === MAX_ROWS) throw new Unsupported("a whole column used as an array");
  const data: Scalar[] = [];
  forEachCell(v, ctx, (x) => data.push(x));
  return new Arr(v.rows, v.columns, data);
}

/**
 * A custom function's argument as Excel passes it: one value, or rows of values. A whole column
 * is read down to the sheet's used rows (the blanks below change no CS function's result).
 */
export function customArgument(v: Value, ctx: Context): unknown {
  if (v instanceof Ref && v.rows === MAX_ROWS)
    v = new Ref(v.sheet, v.top, v.left, Math.max(1, ctx.book.usedRows(v.sheet)), v.right);
  if (!(v instanceof Ref) && !(v instanceof Arr)) return v;
  const a = toArr(v, ctx);
  return Array.from({ length: a.rows }, (_, r) => a.data.slice(r * a.columns, (r + 1) * a.columns));
}

/** Values of a reference or array, or a scalar alone, in row-major order. */
export function valuesOf(v: Value, ctx: Context, visit: (x: Scalar) => void): number {
  if (v instanceof Ref) return forEachCell(v, ctx, visit);
  if (v instanceof Arr) v.data.forEach(visit);
  else visit(v);
  return 0;
}

export type Ev = (ctx: Context) => Value;

/** Applies a scalar function to one value or to each element of a range or array. */
export function lift1(v: Value, ctx: Context, f: (x: Scalar) => Scalar): Value {
  if (v instanceof Ref && v.top === v.bottom && v.left === v.right)
    return f(read(ctx, v.sheet, v.top, v.left));
  if (v instanceof Ref || v instanceof Arr) {
    const a = toArr(v, ctx);
    return new Arr(a.rows, a.columns, a.data.map(f));
  }
  return f(v);
}
