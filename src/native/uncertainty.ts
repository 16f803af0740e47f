/**
 * Native forms of the uncertainty functions and revenue churn (docs/function-contract.md,
 * "Intervals, the NPS test and revenue churn"): one formula per spilled cell, from COUNTIF, COUNT,
 * SQRT, NORM.S.INV, NORM.S.DIST, ABS, MIN and MAX. NORM.S.INV and NORM.S.DIST are newer than Excel
 * 2007: in a file they take `_xlfn.` (src/formula/file-form.ts).
 */
import { csatCi, npsCi, npsTest, revenueChurn } from "../core";
import { NativeArg, NativeEntry } from "./native-entry";
import { forms, optionalScalar, range, scalar, shareAtLeast } from "./native-forms";
import { thresholdParams } from "./survey";

/**
 * The confidence argument: omitted, the formula gets 0.95 (docs/function-contract.md, "Intervals,
 * the NPS test and revenue churn").
 */
const confidence = optionalScalar("confidence", "0.95");

/** The two-sided critical value of confidence level c: NORM.S.INV(1-(1-c)/2). */
const zOf = (c: NativeArg): string => `NORM.S.INV(1-(1-${c.text})/2)`;

/**
 * What the NPS forms count in scores r: promoters, detractors and answers. COUNTIF on a
 * reference; on a calculated range (which COUNTIF refuses) SUMPRODUCT(ISNUMBER(r)*(r>=9)),
 * which, unlike SUMPRODUCT(--(r>=9)), skips text and booleans as COUNT does.
 */
function npsCounts(r: NativeArg) {
  const band = (criterion: string, comparison: string) =>
    r.isReference
      ? `COUNTIF(${r.text},"${criterion}")`
      : `SUMPRODUCT(ISNUMBER(${r.text})*(${r.text}${comparison}))`;
  const promoters = band(">=9", ">=9");
  const detractors = band("<=6", "<=6");
  const n = `COUNT(${r.text})`;
  // The adjusted-Wald sample (docs/function-contract.md): m = p′ − d′ and var = p′ + d′ − m², over
  // n + 3.
  const adjusted = `(${n}+3)`;
  const m = `((${promoters}+0.75)-(${detractors}+0.75))/${adjusted}`;
  const variance = `((${promoters}+0.75)+(${detractors}+0.75))/${adjusted}-(${m})^2`;
  return {
    nps: `(${promoters}-${detractors})/${n}*100`,
    n,
    adjusted,
    m,
    variance,
  };
}

/**
 * Wilson's bounds around share p of n answers with critical value z (docs/function-contract.md,
 * "Intervals, the NPS test and revenue churn").
 */
function wilson(p: string, n: string, z: string): [lower: string, upper: string] {
  const scale = `(1+${z}^2/${n})`;
  const centre = `(${p}+${z}^2/(2*${n}))/${scale}`;
  const half = `${z}/${scale}*SQRT(${p}*(1-${p})/${n}+${z}^2/(4*${n}^2))`;
  return [`MAX(0,${centre}-${half})`, `MIN(1,${centre}+${half})`];
}

export const UNCERTAINTY: readonly NativeEntry[] = [
  {
    id: "NPSCI",
    params: [range("scores"), confidence],
    spill: 4,
    compute: npsCi,
    native: ([r, c]) => {
      const { nps, n, adjusted, m, variance } = npsCounts(r);
      const se = `${zOf(c)}*SQRT((${variance})/${adjusted})`;
      return forms(nps, `MAX(-100,100*(${m}-${se}))`, `MIN(100,100*(${m}+${se}))`, n);
    },
  },
  {
    id: "NPSTEST",
    params: [range("scores_before"), range("scores_after")],
    spill: 2,
    compute: npsTest,
    native: ([before, after]) => {
      const b = npsCounts(before);
      const a = npsCounts(after);
      const z = `(${a.m}-(${b.m}))/SQRT((${b.variance})/${b.adjusted}+(${a.variance})/${a.adjusted})`;
      return forms(`${a.nps}-${b.nps}`, `2*(1-NORM.S.DIST(ABS(${z}),TRUE))`);
    },
  },
  {
    id: "CSATCI",
    params: [...thresholdParams("5", "satisfied_min"), confidence],
    spill: 4,
    compute: csatCi,
    native: ([r, , m, c]) => {
      const share = `(${shareAtLeast(r, m.text)})`;
      const n = `COUNT(${r.text})`;
      return forms(share, ...wilson(share, n, zOf(c)), n);
    },
  },
  {
    id: "REVENUECHURN",
    params: [
      scalar("start_mrr"),
      scalar("contraction"),
      scalar("churned_mrr"),
      optionalScalar("expansion", "0"),
    ],
    compute: revenueChurn,
    // Omitted expansion: the gross rate, as docs/function-contract.md defines it.
    native: ([s, c, ch, x]) =>
      forms(
        x.omitted
          ? `(${c.text}+${ch.text})/${s.text}`
          : `(${c.text}+${ch.text}-${x.text})/${s.text}`
      ),
  },
];
