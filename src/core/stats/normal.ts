/**
 * The standard normal distribution to full double precision: its quantile (inverse CDF, Excel's
 * NORM.S.INV) and its lower and upper tail probabilities (NORM.S.DIST(x, TRUE) and 1 minus it).
 * The confidence intervals and the NPS test (docs/function-contract.md) need both; a table of z
 * values would not do, since any confidence strictly between 0 and 1 is allowed.
 *
 * Both routines are published rational approximations, transcribed with their coefficients:
 *
 * - quantile: M. J. Wichura, "Algorithm AS 241: The Percentage Points of the Normal
 *   Distribution", Applied Statistics 37(3), 1988, pp. 477–484, function PPND16 (relative error
 *   about 1e-16). Three rational functions: one of q = p − 0.5 near the centre (|q| ≤ 0.425),
 *   two of r = √(−ln(min(p, 1 − p))) in the tails (r ≤ 5 and beyond).
 * - tails: W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics
 *   of Computation 23, 1969, pp. 631–637, in the form of his routine ANORM (Cody, "Algorithm
 *   715: SPECFUN", ACM TOMS 19(1), 1993): near-minimax rational functions for |x| ≤ 0.67448975,
 *   ≤ √32 and beyond, with exp(−x²/2) split as exp(−xsq²/2)·exp(−(x − xsq)(x + xsq)/2) (xsq = x
 *   rounded down to 1/16) so the tails keep full relative precision. Both tails come from the
 *   same evaluation, so 1 − Φ(x) for a large x is not the difference of two numbers near 1.
 *
 * test/core/stats/normal.test.ts checks both against LibreOffice's NORM.S.INV and NORM.S.DIST on
 * a grid of 1,000 points (confidence 0.5 to 0.9999 and the CDF's tails) at 1e-14 relative.
 */

/* eslint-disable no-loss-of-precision -- the coefficients are written with the papers' 20
   digits, so they can be checked against them digit by digit; each literal is read as the
   nearest double, which is what the algorithms mean. */

// AS 241, PPND16: numerator (A) and denominator (B) for |q| ≤ 0.425, constant terms first.
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
// r = √(−ln(tail)) − 1.6, for r ≤ 5 before the shift (tail ≥ e^-25 ≈ 1.4e-11).
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
  7.7454501427834140764e-4,
];
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
// r = √(−ln(tail)) − 5, beyond.
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
  2.01033439929228813265e-7,
];
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
];

/** c[0] + c[1]·x + … + c[7]·x⁷, by Horner's rule. */
function poly(c: readonly number[], x: number): number {
  let sum = c[c.length - 1];
  for (let k = c.length - 2; k >= 0; k--) sum = sum * x + c[k];
  return sum;
}

/**
 * The standard normal quantile Φ⁻¹(p), Excel's NORM.S.INV(p), for 0 < p < 1 (AS 241, PPND16).
 * −Infinity at 0, Infinity at 1, NaN outside [0, 1]; callers pass 0 < p < 1.
 */
export function normSInv(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5; // exact for p in [0.25, 1] (Sterbenz), so the centre keeps full precision
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    x = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -x : x;
}

// Cody's ANORM: |x| ≤ 0.67448975 (A_, B_ in x²), ≤ √32 (C_, D_ in |x|), beyond (P_, Q_ in 1/x²).
const CA = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
  0.065682337918207449113,
];
const CB = [
  47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956,
];
const CC = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const CD = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const CP = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
];
const CQ = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
];
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
/* eslint-enable no-loss-of-precision */

/**
 * Both tails of the standard normal at x: [Φ(x), 1 − Φ(x)], each to full relative precision
 * (Cody's ANORM). Φ(x) is Excel's NORM.S.DIST(x, TRUE).
 */
export function normSTails(x: number): readonly [lower: number, upper: number] {
  if (Number.isNaN(x)) return [NaN, NaN];
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    // Centre: Φ(x) = 0.5 + x·R(x²); neither tail is small here.
    const xsq = y > 1.11e-16 ? x * x : 0;
    let num = CA[4] * xsq;
    let den = xsq;
    for (let i = 0; i < 3; i++) {
      num = (num + CA[i]) * xsq;
      den = (den + CB[i]) * xsq;
    }
    const t = (x * (num + CA[3])) / (den + CB[3]);
    return [0.5 + t, 0.5 - t];
  }
  let tail: number;
  if (y <= 5.656854248) {
    let num = CC[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + CC[i]) * y;
      den = (den + CD[i]) * y;
    }
    tail = (num + CC[7]) / (den + CD[7]);
  } else if (y < 38.5) {
    // Beyond √32: the asymptotic form in 1/x²; below e^-745 the tail underflows to 0.
    const xsq = 1 / (x * x);
    let num = CP[5] * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + CP[i]) * xsq;
      den = (den + CQ[i]) * xsq;
    }
    tail = (ONE_OVER_SQRT_2PI - (xsq * (num + CP[4])) / (den + CQ[4])) / y;
  } else {
    return x > 0 ? [1, 0] : [0, 1];
  }
  const xsq = Math.trunc(y * 16) / 16;
  const del = (y - xsq) * (y + xsq);
  tail *= Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5);
  return x > 0 ? [1 - tail, tail] : [tail, 1 - tail];
}

/** Φ(x), the standard normal CDF: Excel's NORM.S.DIST(x, TRUE). */
export function normSDist(x: number): number {
  return normSTails(x)[0];
}

/**
 * The two-sided critical value of a confidence level: z with P(|Z| ≤ z) = confidence, that is
 * NORM.S.INV(1 − (1 − confidence)/2); 1.95996398454005 for 0.95. The upper tail (1 −
 * confidence)/2 is handed to the quantile as it is, not as 1 minus it, so a confidence of 0.9999
 * loses no digits to cancellation.
 */
export function twoSidedZ(confidence: number): number {
  return -normSInv((1 - confidence) / 2);
}
