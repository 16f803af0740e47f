/** MATCH, INDEX, ROWS and ROW. INDEX returns a reference, so `INDEX(…):INDEX(…)` is a range. */
import { Context, read, scalarOf } from "../context";
import {
  Arr,
  NA,
  REF,
  Ref,
  Scalar,
  Unsupported,
  VALUE,
  Value,
  compareScalars,
  isError,
  toNumber,
} from "../values";
import { textMatcher } from "./wildcards";
import { FunctionSpec } from "./spec";

/** A one-row or one-column reference or array, read by position (0-based). */
interface Vector {
  readonly length: number;
  at(i: number): Scalar;
}

function vectorOf(v: Value, ctx: Context): Vector | undefined {
  if (v instanceof Ref) {
    if (v.rows !== 1 && v.columns !== 1) return undefined;
    const down = v.columns === 1;
    // Below the used rows every cell is blank: a tall column is read only down to them.
    const length =
      down && v.rows > 10_000 ? Math.min(v.rows, ctx.book.usedRows(v.sheet) - v.top + 1) : v.rows;
    return {
      length: down ? Math.max(0, length) : v.columns,
      at: (i) => read(ctx, v.sheet, down ? v.top + i : v.top, down ? v.left : v.left + i),
    };
  }
  if (v instanceof Arr) {
    if (v.rows !== 1 && v.columns !== 1) return undefined;
    return { length: v.data.length, at: (i) => v.data[i] };
  }
  return { length: 1, at: () => v };
}

/**
 * Exact match: numbers by their exact binary value, text ignoring case with the
 * wildcards * ? and ~ escapes, booleans by value; no match across types.
 */
function exactMatch(lookup: number | string | boolean, vector: Vector): Scalar {
  let matches = (x: Scalar) => x === lookup;
  if (typeof lookup === "string") {
    const text = textMatcher(lookup);
    matches = (x) => typeof x === "string" && text(x);
  }
  for (let i = 0; i < vector.length; i++) if (matches(vector.at(i))) return i + 1;
  return NA;
}

/**
 * MATCH("", …): blank cells never match (Excel cannot look a blank up); whether an empty text
 * cell would is not documented, so meeting one is outside the subset.
 */
function emptyTextMatch(vector: Vector): Scalar {
  for (let i = 0; i < vector.length; i++)
    if (vector.at(i) === "") throw new Unsupported('MATCH("") over empty text');
  return NA;
}

/**
 * Match type 1: the last position whose value is ≤ the lookup value in an ascending vector,
 * found by binary search as Excel does. Values of another type than the lookup value (blanks,
 * errors) make the outcome depend on Excel's probing order, which is not modelled.
 */
function ascendingMatch(lookup: number | string | boolean, vector: Vector): Scalar {
  let lo = 0;
  let hi = vector.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = vector.at(mid);
    if (typeof x !== typeof lookup || x === null)
      throw new Unsupported("MATCH type 1 over values of mixed types");
    const c =
      typeof x === "number"
        ? Math.sign(x - (lookup as number))
        : compareScalars(x as string | boolean, lookup, true);
    if (c <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? NA : found + 1;
}

const MATCH: FunctionSpec = {
  min: 2,
  max: 3,
  references: [1],
  compile:
    ([lookupArg, arrayArg, typeArg]) =>
    (ctx) => {
      const lookup = scalarOf(lookupArg(ctx), ctx, "MATCH");
      if (isError(lookup)) return lookup;
      const array = arrayArg(ctx);
      if (isError(array)) return array;
      const type = typeArg ? toNumber(scalarOf(typeArg(ctx), ctx, "MATCH")) : 1;
      if (typeof type !== "number") return type;
      if (lookup === null) throw new Unsupported("MATCH of a blank lookup value");
      const vector = vectorOf(array, ctx);
      if (!vector) return NA;
      if (lookup === "") return emptyTextMatch(vector);
      if (type === 0) return exactMatch(lookup, vector);
      if (type < 0) throw new Unsupported("MATCH type -1");
      return ascendingMatch(lookup, vector);
    },
};

/** A positive whole index (Excel truncates), 0 for "all", or an error. */
function indexArgument(v: Scalar): number | Scalar {
  const n = toNumber(v);
  if (typeof n !== "number") return n;
  return n < 0 ? VALUE : Math.trunc(n);
}

/** INDEX(array, row, [column]): the cell at that position, as a reference when given one. */
const INDEX: FunctionSpec = {
  min: 2,
  max: 3,
  references: [0],
  compile:
    ([arrayArg, rowArg, columnArg]) =>
    (ctx) => {
      const array = arrayArg(ctx);
      if (isError(array)) return array;
      const row = indexArgument(scalarOf(rowArg(ctx), ctx, "INDEX"));
      if (typeof row !== "number") return row;
      const column = columnArg ? indexArgument(scalarOf(columnArg(ctx), ctx, "INDEX")) : undefined;
      if (column !== undefined && typeof column !== "number") return column;
      const shape =
        array instanceof Ref || array instanceof Arr
          ? { rows: array.rows, columns: array.columns }
          : { rows: 1, columns: 1 };
      // With one index, a single row is indexed along its columns.
      const [r, c] =
        column === undefined ? (shape.rows === 1 ? [1, row] : [row, 1]) : [row, column];
      // INDEX(array, 0) of a one-row or one-column array is the array itself: the way Excel
      // 2010 takes an array expression without an array formula.
      if (
        column === undefined &&
        row === 0 &&
        array instanceof Arr &&
        Math.min(shape.rows, shape.columns) === 1
      )
        return array;
      if (r === 0 || c === 0) throw new Unsupported("INDEX of a whole row or column");
      if (column === undefined && shape.rows !== 1 && shape.columns !== 1) return REF;
      if (r > shape.rows || c > shape.columns) return REF;
      if (array instanceof Ref)
        return new Ref(
          array.sheet,
          array.top + r - 1,
          array.left + c - 1,
          array.top + r - 1,
          array.left + c - 1
        );
      if (array instanceof Arr) return array.data[(r - 1) * array.columns + c - 1];
      return array;
    },
};

const ROWS: FunctionSpec = {
  min: 1,
  max: 1,
  references: [0],
  compile:
    ([arg]) =>
    (ctx) => {
      const v = arg(ctx);
      if (v instanceof Ref || v instanceof Arr) return v.rows;
      if (isError(v)) return v;
      if (typeof v === "number") return 1;
      throw new Unsupported("ROWS of a value that is not a reference");
    },
};

const ROW: FunctionSpec = {
  min: 0,
  max: 1,
  references: [0],
  compile:
    ([arg]) =>
    (ctx) => {
      if (!arg) return ctx.row;
      const v = arg(ctx);
      if (isError(v)) return v;
      if (!(v instanceof Ref)) throw new Unsupported("ROW of a value that is not a reference");
      if (v.rows !== 1) throw new Unsupported("ROW of several rows");
      return v.top;
    },
};

export const LOOKUP: Record<string, FunctionSpec> = { MATCH, INDEX, ROWS, ROW };
