/**
 * INT, ROUND and SQRT (research/oracles.md §2): a blank is 0, TRUE 1, numeric text its number;
 * ROUND rounds half away from zero on the number as Excel shows it (15 significant digits).
 */
import { lift1, scalarOf } from "../context";
import { Scalar, isError, numberResult, toNumber } from "../values";
import { FunctionSpec } from "./spec";

/** A one-argument numeric function, applied to each cell of a range or array. */
const unary = (f: (x: number) => number): FunctionSpec => ({
  min: 1,
  max: 1,
  compile:
    ([value]) =>
    (ctx) =>
      lift1(value(ctx), ctx, (v: Scalar) => {
        const n = toNumber(v);
        return isError(n) ? n : numberResult(f(n));
      }),
});

/** `x` rounded to `digits` decimals, halves away from zero, after Excel's 15-digit view. */
export function roundHalfAway(x: number, digits: number): number {
  const shown = Number(x.toPrecision(15));
  const d = Math.trunc(digits);
  const scaled = Number(`${Math.abs(shown)}e${d}`);
  if (!Number.isFinite(scaled)) return x;
  const rounded = Number(`${Math.round(scaled)}e${-d}`);
  return Math.sign(shown) * rounded;
}

const ROUND: FunctionSpec = {
  min: 2,
  max: 2,
  compile: (args) => (ctx) => {
    const [x, digits] = args.map((a) => toNumber(scalarOf(a(ctx), ctx, "ROUND")));
    if (isError(x)) return x;
    if (isError(digits)) return digits;
    return numberResult(roundHalfAway(x, digits));
  },
};

export const MATH: Record<string, FunctionSpec> = {
  INT: unary(Math.floor),
  ROUND,
  SQRT: unary((x) => (x < 0 ? NaN : Math.sqrt(x))),
  ABS: unary(Math.abs),
};
