/**
 * COUNTIF, SUMIF, COUNTIFS and SUMIFS (research/oracles.md §2; the -IFS take several range and
 * criterion pairs of one shape, a cell counting when it matches them all): `">=9"` compares numbers only (blanks are not 0,
 * text is not compared); `9` and `"9"` also match the text "9"; `""` matches blanks and empty
 * text; text criteria ignore case and honour * ? ~. Criterion shapes whose meaning is not
 * documented (text order, error criteria, a blank criterion cell) are outside the subset.
 */
import { Context, read, scalarOf } from "../context";
import {
  MAX_ROWS,
  Ref,
  Scalar,
  Unsupported,
  compareScalars,
  isError,
  numberResult,
  plainNumber,
  VALUE,
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
 * The (range, criterion) pairs of COUNTIFS/SUMIFS from argument `from` on: every range the
 * shape of the first (else #VALUE!), an error range or criterion returned as is.
 */
function criteriaPairs(
  args: ReturnType<FunctionSpec["compile"]>[],
  from: number,
  ctx: Context,
  name: string,
  shape?: Ref
): { ref: Ref; matches: Matcher }[] | Scalar {
  const pairs: { ref: Ref; matches: Matcher }[] = [];
  for (let i = from; i < args.length; i += 2) {
    const ref = criteriaRange(args[i](ctx), name);
    if (!(ref instanceof Ref)) return ref;
    if (!args[i + 1]) throw new Unsupported(`${name} with a range and no criterion`);
    const first = shape ?? pairs[0]?.ref ?? ref;
    if (ref.rows !== first.rows || ref.columns !== first.columns) return VALUE;
    pairs.push({ ref, matches: criterionMatcher(scalarOf(args[i + 1](ctx), ctx, name)) });
  }
  return pairs;
}

/** Cell (i, j) of the shape matches in every pair. */
const allMatch = (ctx: Context, pairs: { ref: Ref; matches: Matcher }[], i: number, j: number) =>
  pairs.every((p) => p.matches(read(ctx, p.ref.sheet, p.ref.top + i, p.ref.left + j)));

/** Rows worth reading: below every range's used rows all cells are blank. */
function rowsToRead(ctx: Context, refs: readonly Ref[]): number {
  const [first] = refs;
  if (first.bottom !== MAX_ROWS && first.rows <= 10_000) return first.rows;
  const used = Math.max(...refs.map((r) => ctx.book.usedRows(r.sheet) - r.top + 1));
  return Math.min(first.rows, Math.max(0, used));
}

const pairIndexes = (from: number) => Array.from({ length: 127 }, (_, i) => from + 2 * i);

const COUNTIFS: FunctionSpec = {
  min: 2,
  max: 254,
  references: pairIndexes(0),
  compile: (args) => (ctx) => {
    const pairs = criteriaPairs(args, 0, ctx, "COUNTIFS");
    if (!Array.isArray(pairs)) return pairs;
    const rows = rowsToRead(
      ctx,
      pairs.map((p) => p.ref)
    );
    const columns = pairs[0].ref.columns;
    let count = 0;
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < columns; j++) if (allMatch(ctx, pairs, i, j)) count++;
    if (rows < pairs[0].ref.rows && pairs.every((p) => p.matches(null)))
      count += (pairs[0].ref.rows - rows) * columns;
    return count;
  },
};

const SUMIFS: FunctionSpec = {
  min: 3,
  max: 255,
  references: [0, ...pairIndexes(1)],
  compile: (args) => (ctx) => {
    const sums = criteriaRange(args[0](ctx), "SUMIFS");
    if (!(sums instanceof Ref)) return sums;
    const pairs = criteriaPairs(args, 1, ctx, "SUMIFS", sums);
    if (!Array.isArray(pairs)) return pairs;
    const rows = rowsToRead(ctx, [sums, ...pairs.map((p) => p.ref)]);
    let total = 0;
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < sums.columns; j++) {
        if (!allMatch(ctx, pairs, i, j)) continue;
        const v = read(ctx, sums.sheet, sums.top + i, sums.left + j);
        if (typeof v === "number") total += v;
        else if (isError(v)) return v;
      }
    return numberResult(total);
  },
};

export const CRITERIA: Record<string, FunctionSpec> = { COUNTIF, SUMIF, COUNTIFS, SUMIFS };
