/**
 * The native-formula table: for every CS function, the Excel 2010 formulas that give its value on
 * valid data (docs/native-formulas.md), or why there are none. One row per function; the Share
 * converter, the LibreOffice parity tests and the reference documentation all read it, so a
 * function cannot ship without its native form or an explicit "none" with the reason.
 */
import { churn, csat, nps, npsBreakdown, ttv } from "../core";
import { NativeArg, NativeEntry, NativeForms, NoNativeReason } from "./native-entry";

export type { NativeArg, NativeEntry, NativeForms, NoNativeReason } from "./native-entry";

/** The reasons a call has no native form, in English (the pane and the CLI localise by id). */
export const NO_NATIVE_REASONS: Readonly<Record<NoNativeReason, string>> = {
  "median-needs-array":
    "TTV median: no native formula before Excel 365 (it needs an array formula)",
  "criteria-range-not-reference":
    "a range argument is a calculation, not a cell range, and COUNTIF accepts only cell ranges",
  "method-unknown": 'TTV: the method is not a known "mean" or "median"',
};

const forms = (...formulas: string[]): NativeForms => ({ forms: formulas });

/** Share of a range's numbers at or above m: COUNTIF on a reference, SUMPRODUCT otherwise. */
const shareAtLeast = (r: NativeArg, m: string): string =>
  r.isReference
    ? `COUNTIF(${r.text},">="&${m})/COUNT(${r.text})`
    : `SUMPRODUCT(ISNUMBER(${r.text})*(${r.text}>=${m}))/COUNT(${r.text})`;

/** CSAT and CES's default threshold: the first score above the scale's midpoint. */
const defaultThreshold = ([, scale]: readonly NativeArg[]): string =>
  typeof scale.value === "number"
    ? String(Math.floor((scale.value + 1) / 2) + 1)
    : `(INT((${scale.text}+1)/2)+1)`;

const ENTRIES: readonly NativeEntry[] = [
  {
    id: "NPS",
    params: [{ name: "scores", kind: "range" }],
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
    params: [{ name: "scores", kind: "range" }],
    spill: 4,
    compute: npsBreakdown,
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
    params: [
      { name: "scores", kind: "range" },
      { name: "scale_max", kind: "scalar", optional: true, default: () => "5" },
      { name: "satisfied_min", kind: "scalar", optional: true, default: defaultThreshold },
    ],
    compute: csat,
    native: ([r, , m]) => forms(shareAtLeast(r, m.text)),
  },
  {
    id: "CHURN",
    params: [
      { name: "customers_at_start", kind: "scalar" },
      { name: "customers_lost", kind: "scalar" },
    ],
    compute: churn,
    native: ([start, lost]) => forms(`${lost.text}/${start.text}`),
  },
  {
    id: "TTV",
    params: [
      { name: "start_dates", kind: "range" },
      { name: "value_dates", kind: "range" },
      { name: "method", kind: "scalar", optional: true, default: () => '"median"' },
    ],
    compute: ttv,
    native: ([S, V, method]) => {
      const chosen = method.omitted ? "median" : method.value;
      if (typeof chosen !== "string") return { none: "method-unknown" };
      if (chosen.toLowerCase() === "median") return { none: "median-needs-array" };
      if (chosen.toLowerCase() !== "mean") return { none: "method-unknown" };
      if (!S.isReference || !V.isReference) return { none: "criteria-range-not-reference" };
      return forms(
        `(SUMIFS(${V.text},${S.text},">=0",${V.text},">=0")-SUMIFS(${S.text},${S.text},">=0",${V.text},">=0"))` +
          `/COUNTIFS(${S.text},">=0",${V.text},">=0")`
      );
    },
  },
];

/** Every CS function's row, by id. */
export const NATIVE_TABLE: ReadonlyMap<string, NativeEntry> = new Map(
  ENTRIES.map((entry) => [entry.id, entry])
);

/**
 * Functions the native forms use that are newer than Excel 2007: OOXML stores them with the
 * `_xlfn.` prefix in a file (LibreOffice shows #NAME? without it); Office.js takes them without.
 */
export const FILE_PREFIXED_FUNCTIONS: ReadonlySet<string> = new Set(["NORM.S.INV", "NORM.S.DIST"]);
