/**
 * SQRT, ABS, NORM.S.INV and NORM.S.DIST(x, TRUE): what the native forms of the uncertainty
 * functions use (docs/native-formulas.md); INT (CSAT and CES's default threshold) and ROUND
 * (formulas that wrap CS calls, as Share converts them). Each takes one value (a number, or
 * numeric text, as Excel converts it); an error passes through. The normal routines are the
 * formula core's, so the engine and CS.NPSCI agree on z to the last bit. ROUND rounds half away
 * from zero on the number as Excel shows it (15 significant digits).
 */
import { normSDist, normSInv } from "../../core/stats/normal";
import { scalarOf } from "../context";
import { Scalar, Unsupported, numberResult, toNumber } from "../values";
import { FunctionSpec } from "./spec";

/** A function of one number; `f` returns NaN or ±Infinity where Excel gives #NUM!. */
const unary = (name: string, f: (x: number) => number): FunctionSpec => ({
  min: 1,
  max: 1,
  compile:
    ([arg]) =>
    (ctx) => {
      const x = toNumber(scalarOf(arg(ctx), ctx, name));
      return typeof x === "number" ? numberResult(f(x)) : x;
    },
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
    if (typeof x !== "number") return x;
    if (typeof digits !== "number") return digits;
    return numberResult(roundHalfAway(x, digits));
  },
};

/** NORM.S.INV: #NUM! unless 0 < p < 1. */
const inverse = (p: number): number => (p > 0 && p < 1 ? normSInv(p) : NaN);

/** NORM.S.DIST(x, cumulative): the cumulative form only (the density is outside the subset). */
const NORM_S_DIST: FunctionSpec = {
  min: 2,
  max: 2,
  compile:
    ([xArg, cumulativeArg]) =>
    (ctx) => {
      const cumulative: Scalar = scalarOf(cumulativeArg(ctx), ctx, "NORM.S.DIST");
      if (cumulative !== true && cumulative !== 1)
        throw new Unsupported("NORM.S.DIST other than cumulative");
      const x = toNumber(scalarOf(xArg(ctx), ctx, "NORM.S.DIST"));
      return typeof x === "number" ? numberResult(normSDist(x)) : x;
    },
};

export const MATH: Record<string, FunctionSpec> = {
  INT: unary("INT", Math.floor),
  ROUND,
  SQRT: unary("SQRT", (x) => (x < 0 ? NaN : Math.sqrt(x))),
  ABS: unary("ABS", Math.abs),
  "NORM.S.INV": unary("NORM.S.INV", inverse),
  "NORM.S.DIST": NORM_S_DIST,
};
