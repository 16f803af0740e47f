/** Native forms of the survey functions (docs/functions.md, CS.NPS to CS.CESAVG). */
import { ces, cesAvg, csat, nps, npsBreakdown } from "../core";
import { NativeEntry, NativeParam } from "./native-entry";
import { defaultThreshold, forms, optionalScalar, range, shareAtLeast } from "./native-forms";

/** CSAT and CES: scores, scale_max with its default, the threshold by the midpoint rule. */
export const thresholdParams = (scaleDefault: string, threshold: string): NativeParam[] => [
  range("scores"),
  optionalScalar("scale_max", scaleDefault),
  { name: threshold, kind: "scalar", optional: true, default: defaultThreshold },
];

export const SURVEY: readonly NativeEntry[] = [
  {
    id: "NPS",
    params: [range("scores")],
    compute: nps,
    native: ([r]) =>
      r.isReference
        ? forms(`(COUNTIF(${r.text},">=9")-COUNTIF(${r.text},"<=6"))/COUNT(${r.text})*100`)
        : forms(
            `(SUMPRODUCT(ISNUMBER(${r.text})*(${r.text}>=9))-SUMPRODUCT(ISNUMBER(${r.text})*(${r.text}<=6)))/COUNT(${r.text})*100`
          ),
  },
  {
    id: "NPSBREAKDOWN",
    params: [range("scores")],
    spill: 4,
    compute: npsBreakdown,
    // No SUMPRODUCT form for the breakdown: a reference gets COUNTIF, anything else none.
    native: ([r]) =>
      r.isReference
        ? forms(
            `COUNTIF(${r.text},">=9")/COUNT(${r.text})`,
            `COUNTIFS(${r.text},">=7",${r.text},"<=8")/COUNT(${r.text})`,
            `COUNTIF(${r.text},"<=6")/COUNT(${r.text})`,
            `COUNT(${r.text})`
          )
        : { none: "criteria-range-not-reference" },
  },
  {
    id: "CSAT",
    params: thresholdParams("5", "satisfied_min"),
    compute: csat,
    native: ([r, , m]) => forms(shareAtLeast(r, m.text)),
  },
  {
    id: "CES",
    params: thresholdParams("7", "positive_min"),
    compute: ces,
    native: ([r, , m]) => forms(shareAtLeast(r, m.text)),
  },
  {
    id: "CESAVG",
    // scale_max only validates the scores; AVERAGE does not read it.
    params: [range("scores"), optionalScalar("scale_max", "7")],
    compute: cesAvg,
    native: ([r]) => forms(`AVERAGE(${r.text})`),
  },
];
