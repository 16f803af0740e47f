import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange, positionOf, shapeOf } from "../values/range";
import { Checks, Step } from "./checks";
import { date } from "./domains";
import { firstErrorIn } from "./scalar";

/** One row of a date list: a start and its second date (churn date, first-value date…). */
export interface DatePair {
  readonly start: number;
  /** undefined when the second date is blank; what that means is the KPI's business. */
  readonly end?: number;
}

export interface DatePairs {
  /** The pairs with a numeric start, row-major. */
  readonly pairs: readonly DatePair[];
  /**
   * `date-order` for the first pair (row-major) whose second date is before its start. It is a
   * relation between arguments, so the KPI returns it after its own earlier relations.
   */
  readonly outOfOrder?: KpiError;
}

/**
 * Reads two paired date ranges (functions.md §1 "Paired ranges"), e.g. start and end dates of
 * subscriptions. Item i of `params[0]` pairs with item i of `params[1]`, row-major, and the
 * checks go to `checks` in the spec's order:
 * - an error value anywhere in either range is returned as it came (even in a skipped pair);
 * - the ranges must have the same rows and columns (`range-size-mismatch`);
 * - a pair whose start is not a number (blank, header text, TRUE/FALSE) is skipped;
 * - in a used pair the second date is a number or blank, anything else is `item-not-date`;
 * - every date of a used pair lies in the date domain (`date-out-of-range`).
 *
 * With `wholeDays` every date is truncated to its day (Excel's INT) before it is compared or
 * returned, so 45322.75 (31 Jan 2024, 18:00) counts as 31 Jan.
 */
export function readDatePairs(
  checks: Checks,
  params: readonly [string, string],
  raw: readonly [unknown, unknown],
  options: { readonly wholeDays: boolean }
): DatePairs {
  const [startParam, endParam] = params;
  const starts = asRange(raw[0]);
  const ends = asRange(raw[1]);
  for (const [param, range] of [
    [startParam, starts],
    [endParam, ends],
  ] as const) {
    const error = firstErrorIn(range);
    if (error) checks.report(Step.InputError, param, error);
  }

  const startShape = shapeOf(starts);
  const endShape = shapeOf(ends);
  if (startShape.rows !== endShape.rows || startShape.cols !== endShape.cols) {
    checks.report(
      Step.PairedSize,
      startParam,
      KpiError.of("range-size-mismatch", {
        arg1: startParam,
        rows1: startShape.rows,
        cols1: startShape.cols,
        arg2: endParam,
        rows2: endShape.rows,
        cols2: endShape.cols,
      })
    );
    return { pairs: [] };
  }

  const day = options.wholeDays ? Math.floor : (d: number) => d;
  const pairs: DatePair[] = [];
  let outOfOrder: KpiError | undefined;
  for (let i = 0; i < starts.length; i++) {
    for (let j = 0; j < starts[i].length; j++) {
      const startCell = readCell(starts[i][j]);
      if (startCell.kind !== "number") continue;
      const endCell = readCell(ends[i][j]);
      if (endCell.kind === "error") continue; // reported above
      const { item, row, col } = positionOf(starts, i, j);
      if (endCell.kind === "text" || endCell.kind === "boolean") {
        checks.report(
          Step.ItemKind,
          endParam,
          KpiError.of("item-not-date", { arg: endParam, item, row, col })
        );
        continue;
      }
      reportOutOfDomain(checks, startParam, startCell.value);
      const start = day(startCell.value);
      if (endCell.kind === "blank") {
        pairs.push({ start });
        continue;
      }
      reportOutOfDomain(checks, endParam, endCell.value);
      const end = day(endCell.value);
      pairs.push({ start, end });
      if (end < start && !outOfOrder) {
        outOfOrder = KpiError.of("date-order", {
          later: `${endParam} item ${item}`,
          b: end,
          earlier: `${startParam} item ${item}`,
          a: start,
        });
      }
    }
  }
  return { pairs, outOfOrder };
}

function reportOutOfDomain(checks: Checks, param: string, value: number): void {
  const problem = date(value, param);
  if (problem) checks.report(Step.ItemDomain, param, problem);
}
