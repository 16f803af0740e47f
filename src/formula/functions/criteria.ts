/**
 * COUNTIF and SUMIF (research/oracles.md §2): `">=9"` compares numbers only (blanks are not 0,
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

export const CRITERIA: Record<string, FunctionSpec> = { COUNTIF, SUMIF };
