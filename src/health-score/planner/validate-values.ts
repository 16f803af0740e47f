/**
 * Checks of the values themselves: ids (E09–E11, W07), metrics (E12, W01–W03, W09), previous
 * scores (W04), revenue (W05), booleans anywhere (W08).
 */
import { cell, sheetPrefix } from "../../a1/a1";
import { MessageParams, Problem } from "../problems";
import { SourceValue, isError, isNumber } from "../sources";
import { isBlank } from "./header-detection";
import { MakeProblem } from "./problem-factory";
import { RoleSource } from "./roles";
import { MetricSettings } from "./settings";

/** Address of data row `i` of a role, e.g. `Accounts!A7`. */
export const dataCellAddress = (source: RoleSource, i: number): string =>
  source.range
    ? sheetPrefix(source.range.sheet) + cell(source.firstDataRow + i, source.range.left)
    : "";

const FIRST_ADDRESSES = 5;
/** W02 below this many numeric values. */
export const FEW_VALUES = 3;

/** The key `MATCH` compares ids by: numbers exactly, texts ignoring case. */
function idKey(v: SourceValue): string | undefined {
  if (typeof v === "number") return `n:${v}`;
  if (typeof v === "string") return `s:${v.toLowerCase()}`;
  if (typeof v === "boolean") return `b:${v}`;
  return undefined;
}

export function validateIds(ids: RoleSource, make: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  const blanks: number[] = [];
  const rowsByKey = new Map<string, number[]>();
  let spaced = 0;
  ids.data.forEach((v, i) => {
    if (isBlank(v)) blanks.push(i);
    else if (isError(v))
      problems.push(
        make(
          "E11",
          ids.role,
          { address: dataCellAddress(ids, i), error: v.error },
          dataCellAddress(ids, i)
        )
      );
    const key = isBlank(v) ? undefined : idKey(v);
    if (key !== undefined) {
      const rows = rowsByKey.get(key);
      if (rows) rows.push(i);
      else rowsByKey.set(key, [i]);
    }
    if (typeof v === "string" && v !== v.trim()) spaced++;
  });
  if (blanks.length > 0) {
    const address = dataCellAddress(ids, blanks[0]);
    problems.push(make("E09", ids.role, { n: blanks.length, address }, address));
  }
  for (const rows of rowsByKey.values()) {
    if (rows.length < 2) continue;
    const addresses = rows.slice(0, FIRST_ADDRESSES).map((i) => dataCellAddress(ids, i));
    problems.push(
      make(
        "E10",
        ids.role,
        { id: String(ids.data[rows[0]]), n: rows.length, addresses },
        addresses[0]
      )
    );
  }
  if (spaced > 0) problems.push(make("W07", ids.role, { n: spaced }, ids.choice.range));
  problems.push(...booleans(ids, make));
  return problems;
}

interface Tally {
  readonly numbers: number;
  readonly others: number;
  /** Data rows of the first few cells that are neither numbers, blanks nor TRUE/FALSE. */
  readonly firstOthers: readonly number[];
  readonly min: number;
  readonly max: number;
}

function tally(values: readonly SourceValue[]): Tally {
  let numbers = 0;
  let others = 0;
  const firstOthers: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  values.forEach((v, i) => {
    if (isNumber(v)) {
      numbers++;
      if (v < min) min = v;
      if (v > max) max = v;
    } else if (!isBlank(v) && typeof v !== "boolean" && others++ < FIRST_ADDRESSES)
      firstOthers.push(i);
  });
  return { numbers, others, firstOthers, min, max };
}

/** W01's parameters: the count and the first cells (`C5`, `C9`, … on the role's own sheet). */
function nonNumbers(source: RoleSource, t: Tally): MessageParams {
  const cells = t.firstOthers.map((i) =>
    source.range ? cell(source.firstDataRow + i, source.range.left) : ""
  );
  return { n: t.others, cells: t.others > cells.length ? [...cells, "…"] : cells };
}

function booleans(source: RoleSource, make: MakeProblem): Problem[] {
  const n = source.data.filter((v) => typeof v === "boolean").length;
  return n > 0 ? [make("W08", source.role, { n }, source.choice.range)] : [];
}

export function validateMetric(
  source: RoleSource,
  settings: MetricSettings,
  make: MakeProblem
): Problem[] {
  const { role, choice } = source;
  const t = tally(source.data);
  if (t.numbers === 0) return [make("E12", role, {}, choice.range), ...booleans(source, make)];
  const problems: Problem[] = [];
  if (t.others > 0) problems.push(make("W01", role, nonNumbers(source, t), choice.range));
  if (t.numbers < FEW_VALUES) problems.push(make("W02", role, { n: t.numbers }, choice.range));
  if (settings.normalisation !== "thresholds" && t.min === t.max)
    problems.push(make("W03", role, {}, choice.range));
  else if (settings.normalisation === "minmax") problems.push(...skewed(source, t, make));
  return [...problems, ...booleans(source, make)];
}

/** W09 when the median lies in the lowest tenth of the range. */
export const SKEW_SHARE = 0.1;

/**
 * W09: min–max on skewed data (usage where a few accounts have 100 × the median) puts most
 * accounts near 0, so the sheet turns red. Fires when the median is in the lowest 10 % of the
 * range.
 */
function skewed(source: RoleSource, t: Tally, make: MakeProblem): Problem[] {
  const numbers = Float64Array.from(source.data.filter(isNumber) as number[]).sort();
  const mid = numbers.length >> 1;
  const median = numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
  if ((median - t.min) / (t.max - t.min) >= SKEW_SHARE) return [];
  // Six significant digits: a message, not a calculation.
  const shown = (x: number) => Number(x.toPrecision(6));
  const values = { median: shown(median), min: shown(t.min), max: shown(t.max) };
  return [make("W09", source.role, values, source.choice.range)];
}

export function validatePrevious(source: RoleSource, make: MakeProblem): Problem[] {
  const outside = source.data.filter((v) => isNumber(v) && (v < 0 || v > 100)).length;
  return [
    ...(outside > 0 ? [make("W04", source.role, { n: outside }, source.choice.range)] : []),
    ...booleans(source, make),
  ];
}

export function validateRevenue(source: RoleSource, make: MakeProblem): Problem[] {
  const { others } = tally(source.data);
  return [
    ...(others > 0 ? [make("W05", source.role, { n: others }, source.choice.range)] : []),
    ...booleans(source, make),
  ];
}
