/**
 * SUM, COUNT, MIN, MAX, AVERAGE, MEDIAN, SMALL, PERCENTILE, SUMPRODUCT (Excel's rules on dirty
 * data): in references and arrays only numbers count (blanks, text even "9", booleans are
 * skipped) and an error stops the function, except COUNT, which skips errors too. A value given directly
 * counts when it is a number, a boolean or numeric text.
 */
import { Context, Ev, FormulaBook, scalarOf, toArr, valuesOf } from "../context";
import {
  DIV0,
  NUM,
  Ref,
  Scalar,
  Unsupported,
  VALUE,
  Value,
  XlError,
  isError,
  numberResult,
  plainNumber,
  toNumber,
} from "../values";
import { FunctionSpec } from "./spec";

/** A directly given value as a number for COUNT (undefined: not counted). */
function countable(v: Scalar): boolean {
  switch (typeof v) {
    case "number":
    case "boolean":
      return true;
    case "string":
      if (plainNumber(v) !== undefined) return true;
      if (/\d/.test(v)) throw new Unsupported(`COUNT of the text "${v}"`);
      return false;
    default:
      return false;
  }
}

/** Feeds the numbers of every argument to `take`; returns the first error met. */
function eachNumber(
  values: readonly Value[],
  ctx: Context,
  take: (n: number) => void
): XlError | undefined {
  let failed: XlError | undefined;
  for (const v of values) {
    if (typeof v !== "object" || v === null) {
      const n = v === null ? undefined : toNumber(v);
      if (typeof n === "number") take(n);
      else if (n) return n;
      continue;
    }
    if (isError(v)) return v;
    valuesOf(v, ctx, (x) => {
      if (failed) return;
      if (typeof x === "number") take(x);
      else if (isError(x)) failed = x;
    });
    if (failed) return failed;
  }
  return undefined;
}

const evaluateAll = (args: Ev[], ctx: Context): Value[] => args.map((a) => a(ctx));

function fold(finish: (numbers: number[]) => Scalar): FunctionSpec {
  return {
    min: 1,
    max: 255,
    references: "all",
    compile: (args) => (ctx) => {
      const numbers: number[] = [];
      return eachNumber(evaluateAll(args, ctx), ctx, (n) => numbers.push(n)) ?? finish(numbers);
    },
  };
}

const sum = (numbers: readonly number[]): number => {
  let total = 0;
  for (const n of numbers) total += n;
  return total;
};

const COUNT: FunctionSpec = {
  min: 1,
  max: 255,
  references: "all",
  compile: (args) => (ctx) => {
    let count = 0;
    for (const v of evaluateAll(args, ctx)) {
      if (typeof v !== "object" || v === null) count += countable(v) ? 1 : 0;
      else if (!isError(v))
        valuesOf(v, ctx, (x) => {
          if (typeof x === "number") count++;
        });
    }
    return count;
  },
};

interface SortedCache {
  revision: number;
  readonly ranges: Map<string, Float64Array | XlError>;
}
const sortedCaches = new WeakMap<FormulaBook, SortedCache>();

/** With `skipErrors` (AGGREGATE's option 6) an error cell is passed over, not returned. */
function sortNumbers(
  values: readonly Value[],
  ctx: Context,
  skipErrors: boolean
): Float64Array | XlError {
  const numbers: number[] = [];
  const failed = skipErrors
    ? values.forEach((v) =>
        valuesOf(v, ctx, (x) => {
          if (typeof x === "number") numbers.push(x);
        })
      )
    : eachNumber(values, ctx, (n) => numbers.push(n));
  return failed ?? Float64Array.from(numbers).sort();
}

/**
 * The numbers of the arguments in ascending order. With the book's optional revision, a single
 * reference's sort is kept until any cell changes (101 PERCENTILE calls share one sort).
 */
function sortedNumbers(
  values: readonly Value[],
  ctx: Context,
  skipErrors = false
): Float64Array | XlError {
  const [only] = values;
  const revision = ctx.book.revision?.();
  if (values.length !== 1 || !(only instanceof Ref) || revision === undefined)
    return sortNumbers(values, ctx, skipErrors);
  let cache = sortedCaches.get(ctx.book);
  if (!cache || cache.revision !== revision) {
    cache = { revision, ranges: new Map() };
    sortedCaches.set(ctx.book, cache);
  }
  const key = `${only.sheet}\u0001${only.top}\u0001${only.left}\u0001${only.bottom}\u0001${only.right}\u0001${skipErrors}`;
  let sorted = cache.ranges.get(key);
  if (sorted === undefined) {
    sorted = sortNumbers(values, ctx, skipErrors);
    cache.ranges.set(key, sorted);
  }
  return sorted;
}

function orderStatistic(
  name: string,
  pick: (sorted: Float64Array, k: number) => Scalar
): FunctionSpec {
  return {
    min: 2,
    max: 2,
    references: [0],
    compile:
      ([array, kArg]) =>
      (ctx) => {
        const k = toNumber(scalarOf(kArg(ctx), ctx, name));
        if (typeof k !== "number") return k;
        const sorted = sortedNumbers([array(ctx)], ctx);
        return sorted instanceof Float64Array ? pick(sorted, k) : sorted;
      },
  };
}

/**
 * PERCENTILE(array, k) = PERCENTILE.INC: linear interpolation at rank k·(n−1). The rank is
 * rounded to 15 significant digits before its floor is taken, so 0.29·100 = 28.999999999999996
 * is rank 29, as LibreOffice's approxFloor does.
 */
function percentile(sorted: Float64Array, k: number): Scalar {
  if (sorted.length === 0 || k < 0 || k > 1) return NUM;
  const h = Number((k * (sorted.length - 1)).toPrecision(15));
  const lo = Math.floor(h);
  if (lo + 1 >= sorted.length) return sorted[sorted.length - 1];
  return numberResult(sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]));
}

function small(sorted: Float64Array, k: number): Scalar {
  if (!Number.isInteger(k)) throw new Unsupported(`SMALL with the rank ${k}`);
  return k < 1 || k > sorted.length ? NUM : sorted[k - 1];
}

const MEDIAN: FunctionSpec = {
  min: 1,
  max: 255,
  references: "all",
  compile: (args) => (ctx) => {
    const sorted = sortedNumbers(evaluateAll(args, ctx), ctx);
    if (!(sorted instanceof Float64Array)) return sorted;
    const n = sorted.length;
    if (n === 0) return NUM;
    const mid = n >> 1;
    return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  },
};

/**
 * SUMPRODUCT(a, b, …): arrays of one size multiplied element by element and summed; an element
 * that is not a number counts as 0, an error anywhere is the result. A single value is a 1×1
 * array.
 */
const SUMPRODUCT: FunctionSpec = {
  min: 1,
  max: 255,
  references: "all",
  compile: (args) => (ctx) => {
    const arrays = args.map((a) => toArr(a(ctx), ctx));
    const [first] = arrays;
    if (arrays.some((a) => a.rows !== first.rows || a.columns !== first.columns)) return VALUE;
    for (const a of arrays) {
      const e = a.data.find(isError);
      if (e !== undefined) return e;
    }
    let total = 0;
    for (let i = 0; i < first.data.length; i++) {
      let product = 1;
      for (const a of arrays) {
        const x = a.data[i];
        product *= typeof x === "number" ? x : 0;
      }
      total += product;
    }
    return numberResult(total);
  },
};

/** LARGE(array, k): the k-th largest number. */
function large(sorted: Float64Array, k: number): Scalar {
  if (!Number.isInteger(k)) throw new Unsupported(`LARGE with the rank ${k}`);
  return k < 1 || k > sorted.length ? NUM : sorted[sorted.length - k];
}

/** AGGREGATE's functions this engine computes: 4 MAX, 5 MIN, 14 LARGE, 16 PERCENTILE.INC. */
const AGGREGATED: Readonly<Record<number, (sorted: Float64Array, k: number) => Scalar>> = {
  4: (sorted) => (sorted.length ? sorted[sorted.length - 1] : 0),
  5: (sorted) => (sorted.length ? sorted[0] : 0),
  14: large,
  16: percentile,
};
/** The functions that take AGGREGATE's fourth argument, k. */
const WITH_K = new Set([14, 16]);
/** AGGREGATE's option 6: skip error values (and nothing else; hidden rows still count). */
const SKIP_ERRORS = 6;

/**
 * AGGREGATE(function, 6, ref[, k]): MAX, MIN, LARGE or PERCENTILE.INC over the numbers of `ref`
 * (a range, or an array for LARGE and PERCENTILE.INC as Excel's array form takes), error cells
 * skipped (where MIN would return the first error). Other functions and options are outside the
 * subset.
 */
const AGGREGATE: FunctionSpec = {
  min: 3,
  max: 4,
  references: [2],
  compile:
    ([fnArg, optionArg, refArg, kArg]) =>
    (ctx) => {
      const fn = scalarOf(fnArg(ctx), ctx, "AGGREGATE");
      const option = scalarOf(optionArg(ctx), ctx, "AGGREGATE");
      const pick = typeof fn === "number" ? AGGREGATED[fn] : undefined;
      if (!pick || option !== SKIP_ERRORS || WITH_K.has(fn as number) !== (kArg !== undefined))
        throw new Unsupported(`AGGREGATE(${String(fn)},${String(option)},…)`);
      const k = kArg ? toNumber(scalarOf(kArg(ctx), ctx, "AGGREGATE")) : 0;
      if (typeof k !== "number") return k;
      const sorted = sortedNumbers([refArg(ctx)], ctx, true);
      return sorted instanceof Float64Array ? pick(sorted, k) : sorted;
    },
};

export const STATISTICS: Record<string, FunctionSpec> = {
  SUM: fold((numbers) => numberResult(sum(numbers))),
  COUNT,
  MIN: fold((numbers) => (numbers.length ? numbers.reduce((a, b) => Math.min(a, b)) : 0)),
  MAX: fold((numbers) => (numbers.length ? numbers.reduce((a, b) => Math.max(a, b)) : 0)),
  AVERAGE: fold((numbers) => (numbers.length ? numberResult(sum(numbers) / numbers.length) : DIV0)),
  MEDIAN,
  SMALL: orderStatistic("SMALL", small),
  PERCENTILE: orderStatistic("PERCENTILE", percentile),
  SUMPRODUCT,
  AGGREGATE,
};
