/**
 * COUNTIF, SUMIF, COUNTIFS and SUMIFS (Excel's rules on dirty data): `">=9"` compares numbers only
 * (blanks are not 0, text is not compared); `9` and `"9"` also match the text "9"; `""` matches
 * blanks and empty text; text criteria ignore case and honour * ? ~. Criterion shapes whose
 * meaning is not documented (text order, error criteria, a blank criterion cell) are outside the
 * subset.
 */
import { Context, Ev, read, scalarOf } from "../context";
import {
  MAX_ROWS,
  Ref,
  Scalar,
  Unsupported,
  VALUE,
  compareScalars,
  isError,
  numberResult,
  plainNumber,
} from "../values";
import { FunctionSpec } from "./spec";
import { textMatcher } from "./wildcards";

type Matcher = (v: Scalar) => boolean;

const equalNumber =
  (n: number): Matcher =>
  (v) => {
    if (typeof v === "number") return compareScalars(v, n, false) === 0;
    if (typeof v !== "string") return false;
    const parsed = plainNumber(v);
    return parsed !== undefined && compareScalars(parsed, n, false) === 0;
  };

function numberMatcher(op: string, n: number): Matcher {
  if (op === "" || op === "=") return equalNumber(n);
  if (op === "<>") {
    const equal = equalNumber(n);
    return (v) => !equal(v);
  }
  return (v) => {
    if (typeof v !== "number") return false;
    const c = compareScalars(v, n, true);
    return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
  };
}

function emptyMatcher(op: string): Matcher {
  if (op === "") return (v) => v === null || v === "";
  const notEmptyText = (v: Scalar) => {
    if (v === "") throw new Unsupported(`the criterion "${op}" on empty text`);
    return v !== null;
  };
  if (op === "<>") return notEmptyText;
  if (op === "=") return (v) => !notEmptyText(v);
  throw new Unsupported(`the criterion "${op}"`);
}

function criterionMatcher(criterion: Scalar): Matcher {
  if (typeof criterion === "number") return numberMatcher("", criterion);
  if (typeof criterion === "boolean") return (v) => v === criterion;
  if (typeof criterion !== "string") throw new Unsupported("a blank or error criterion");
  const m = /^(<=|>=|<>|<|>|=)?([^]*)$/.exec(criterion) as RegExpExecArray;
  const op = m[1] ?? "";
  const rest = m[2];
  if (rest === "") return emptyMatcher(op);
  const n = plainNumber(rest);
  if (n !== undefined) return numberMatcher(op, n);
  const ordered = op !== "" && op !== "=" && op !== "<>";
  if (ordered || /^(true|false)$/i.test(rest) || rest.startsWith("#") || /\d/.test(rest))
    throw new Unsupported(`the criterion "${criterion}"`);
  const text = textMatcher(rest);
  const equal: Matcher = (v) => typeof v === "string" && text(v);
  return op === "<>" ? (v) => !equal(v) : equal;
}

function criteriaRange(v: unknown, name: string): Ref | Scalar {
  if (v instanceof Ref) return v;
  if (isError(v as Scalar)) return v as Scalar;
  throw new Unsupported(`${name} over a value that is not a reference`);
}

/** Last row worth reading for `ref`: below the used rows all cells are blank. */
const lastRow = (ref: Ref, ctx: Context, other?: Ref): number =>
  ref.bottom === MAX_ROWS || ref.rows > 10_000
    ? Math.min(
        ref.bottom,
        Math.max(
          ctx.book.usedRows(ref.sheet),
          other ? ctx.book.usedRows(other.sheet) + ref.top - other.top : 0
        )
      )
    : ref.bottom;

const COUNTIF: FunctionSpec = {
  min: 2,
  max: 2,
  references: [0],
  compile:
    ([rangeArg, criterionArg]) =>
    (ctx) => {
      const range = criteriaRange(rangeArg(ctx), "COUNTIF");
      if (!(range instanceof Ref)) return range;
      const matches = criterionMatcher(scalarOf(criterionArg(ctx), ctx, "COUNTIF"));
      const last = lastRow(range, ctx);
      let count = 0;
      for (let r = range.top; r <= last; r++)
        for (let c = range.left; c <= range.right; c++)
          if (matches(read(ctx, range.sheet, r, c))) count++;
      if (last < range.bottom && matches(null)) count += (range.bottom - last) * range.columns;
      return count;
    },
};

/** SUMIF(range, criterion, [sum_range]): sum_range is read from its top-left in range's shape. */
const SUMIF: FunctionSpec = {
  min: 2,
  max: 3,
  references: [0, 2],
  compile:
    ([rangeArg, criterionArg, sumArg]) =>
    (ctx) => {
      const range = criteriaRange(rangeArg(ctx), "SUMIF");
      if (!(range instanceof Ref)) return range;
      const sums = sumArg ? criteriaRange(sumArg(ctx), "SUMIF") : range;
      if (!(sums instanceof Ref)) return sums;
      const matches = criterionMatcher(scalarOf(criterionArg(ctx), ctx, "SUMIF"));
      const last = lastRow(range, ctx, sums);
      let total = 0;
      for (let r = range.top; r <= last; r++)
        for (let c = range.left; c <= range.right; c++) {
          if (!matches(read(ctx, range.sheet, r, c))) continue;
          const v = read(ctx, sums.sheet, sums.top + r - range.top, sums.left + c - range.left);
          if (typeof v === "number") total += v;
          else if (isError(v)) return v;
        }
      return numberResult(total);
    },
};

/**
 * The last row offset of the pairs' ranges (all of one shape) worth reading: below every range's
 * used rows all cells are blank, so those rows are counted once instead of read.
 */
const lastOffset = (pairs: readonly { range: Ref }[], ctx: Context): number =>
  Math.min(
    pairs[0].range.rows - 1,
    Math.max(...pairs.map(({ range }) => lastRow(range, ctx) - range.top))
  );

/**
 * The criteria pairs of COUNTIFS/SUMIFS from `first` on: each range with its matcher, or the error
 * an argument gives. Every range must have the shape of `shape` (#VALUE! otherwise, as in Excel).
 */
function criteriaPairs(
  args: readonly Ev[],
  first: number,
  ctx: Context,
  name: string,
  shape?: Ref
): { range: Ref; matches: Matcher }[] | Scalar {
  const pairs: { range: Ref; matches: Matcher }[] = [];
  for (let i = first; i < args.length; i += 2) {
    const range = criteriaRange(args[i](ctx), name);
    if (!(range instanceof Ref)) return range;
    const model = shape ?? pairs[0]?.range ?? range;
    if (range.rows !== model.rows || range.columns !== model.columns) return VALUE;
    pairs.push({ range, matches: criterionMatcher(scalarOf(args[i + 1](ctx), ctx, name)) });
  }
  return pairs;
}

/** Calls `visit` with each cell offset where every criterion matches (row-major). */
function eachMatch(
  pairs: readonly { range: Ref; matches: Matcher }[],
  ctx: Context,
  visit: (dr: number, dc: number) => Scalar | undefined
): Scalar | undefined {
  const { columns } = pairs[0].range;
  const last = lastOffset(pairs, ctx);
  for (let dr = 0; dr <= last; dr++)
    for (let dc = 0; dc < columns; dc++) {
      const all = pairs.every(({ range, matches }) =>
        matches(read(ctx, range.sheet, range.top + dr, range.left + dc))
      );
      if (!all) continue;
      const stop = visit(dr, dc);
      if (stop !== undefined) return stop;
    }
  return undefined;
}

/** Blank rows below the read ones that every criterion matches (they count without being read). */
function blankTail(pairs: readonly { range: Ref; matches: Matcher }[], ctx: Context): number {
  const { rows, columns } = pairs[0].range;
  const last = lastOffset(pairs, ctx);
  return pairs.every(({ matches }) => matches(null)) ? (rows - 1 - last) * columns : 0;
}

/** COUNTIFS(range1, criterion1, [range2, criterion2], …): cells where every criterion holds. */
const COUNTIFS: FunctionSpec = {
  min: 2,
  max: 254,
  references: Array.from({ length: 127 }, (_, i) => 2 * i),
  compile: (args) => (ctx) => {
    if (args.length % 2 !== 0) throw new Unsupported("COUNTIFS with an odd number of arguments");
    const pairs = criteriaPairs(args, 0, ctx, "COUNTIFS");
    if (!Array.isArray(pairs)) return pairs;
    let count = 0;
    eachMatch(pairs, ctx, () => {
      count++;
      return undefined;
    });
    return count + blankTail(pairs, ctx);
  },
};

/** SUMIFS(sum_range, range1, criterion1, …): numbers of sum_range where every criterion holds. */
const SUMIFS: FunctionSpec = {
  min: 3,
  max: 255,
  references: Array.from({ length: 128 }, (_, i) => (i === 0 ? 0 : 2 * i - 1)),
  compile: (args) => (ctx) => {
    if (args.length % 2 !== 1) throw new Unsupported("SUMIFS with an even number of arguments");
    const sums = criteriaRange(args[0](ctx), "SUMIFS");
    if (!(sums instanceof Ref)) return sums;
    const pairs = criteriaPairs(args, 1, ctx, "SUMIFS", sums);
    if (!Array.isArray(pairs)) return pairs;
    let total = 0;
    const stop = eachMatch(pairs, ctx, (dr, dc) => {
      const v = read(ctx, sums.sheet, sums.top + dr, sums.left + dc);
      if (typeof v === "number") total += v;
      else if (isError(v)) return v;
      return undefined;
    });
    return stop ?? numberResult(total);
  },
};

export const CRITERIA: Record<string, FunctionSpec> = { COUNTIF, SUMIF, COUNTIFS, SUMIFS };
