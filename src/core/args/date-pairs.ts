import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange, positionOf, shapeOf } from "../values/range";
import { Checks, Step } from "./checks";
import { date } from "./domains";
import { firstErrorIn } from "./scalar";

/**
 * What a KPI does with each used pair, row-major, as it is read: it counts or collects there
 * and then, because a list can be a whole column (1,048,576 rows) and an object or a second
 * pass per pair would cost more than reading it.
 */
export interface DatePairSink {
  /** `end` is the second date (churn date, first-value date…), NaN when it is blank. */
  add(start: number, end: number): void;
}

export interface DatePairsRead {
  /**
   * `date-order` for the first pair (row-major) whose second date is before its start. It is a
   * relation between arguments, so the KPI returns it after its own earlier relations.
   */
  readonly outOfOrder?: KpiError;
}

/**
 * Reads two paired date ranges (docs/function-contract.md, "Arguments"), e.g. start and end dates
 * of subscriptions. Item i of `params[0]` pairs with item i of `params[1]`, row-major, and the
 * checks go to `checks` in the contract's order:
 * - an error value anywhere in either range is returned as it came (even in a skipped pair);
 * - the ranges must have the same rows and columns (`range-size-mismatch`);
 * - a pair whose start is not a number (blank, header text, TRUE/FALSE) is skipped;
 * - in a used pair the second date is a number or blank, anything else is `item-not-date`;
 * - every date of a used pair lies in the date domain (`date-out-of-range`).
 *
 * With `wholeDays` every date is truncated to its day (Excel's INT) before it is compared or
 * handed to `sink`, so 45322.75 (31 Jan 2024, 18:00) counts as 31 Jan. Pairs can reach `sink`
 * after a check failed: the KPI then returns `checks.failure` and ignores what it counted.
 */
export function readDatePairs(
  checks: Checks,
  params: readonly [string, string],
  raw: readonly [unknown, unknown],
  options: { readonly wholeDays: boolean },
  sink: DatePairSink
): DatePairsRead {
  const [startParam, endParam] = params;
  const startRange = asRange(raw[0]);
  const endRange = asRange(raw[1]);
  const startShape = shapeOf(startRange);
  const endShape = shapeOf(endRange);
  if (startShape.rows !== endShape.rows || startShape.cols !== endShape.cols) {
    for (const [param, range] of [
      [startParam, startRange],
      [endParam, endRange],
    ] as const) {
      const error = firstErrorIn(range);
      if (error) checks.report(Step.InputError, param, error);
    }
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
    return {};
  }

  // One pass over both ranges. Error values are reported where they are met: row-major, so the
  // first one of each range is the one `checks` keeps.
  const { wholeDays } = options;
  let outOfOrder: KpiError | undefined;
  for (let i = 0; i < startRange.length; i++) {
    const startRow = startRange[i];
    const endRow = endRange[i];
    for (let j = 0; j < startRow.length; j++) {
      const startRaw = startRow[j];
      const endRaw = endRow[j];
      // Plain numbers are read inline; everything else (blank, text, errors, data types) by readCell.
      let start: number;
      if (typeof startRaw === "number") start = startRaw;
      else {
        const cell = readCell(startRaw);
        if (cell.kind !== "number") {
          reportError(checks, startParam, startRaw);
          reportError(checks, endParam, endRaw); // a skipped pair's errors still count
          continue;
        }
        start = cell.value;
      }
      let end = NaN; // stays NaN when the second date is blank
      let blankEnd = false;
      if (typeof endRaw === "number") end = endRaw;
      // null, the usual blank, is settled without readCell
      else if (endRaw === null) blankEnd = true;
      else {
        const cell = readCell(endRaw);
        if (cell.kind === "number") end = cell.value;
        else if (cell.kind === "blank") blankEnd = true;
        else {
          if (cell.kind === "error") {
            checks.report(Step.InputError, endParam, KpiError.fromInput(cell.error));
          } else {
            const { item, row, col } = positionOf(startRange, i, j);
            checks.report(
              Step.ItemKind,
              endParam,
              KpiError.of("item-not-date", { arg: endParam, item, row, col })
            );
          }
          continue;
        }
      }
      reportOutOfDomain(checks, startParam, start);
      if (!blankEnd) reportOutOfDomain(checks, endParam, end);
      if (wholeDays) {
        start = Math.floor(start);
        end = Math.floor(end);
      }
      if (end < start && !outOfOrder) {
        const { item } = positionOf(startRange, i, j);
        outOfOrder = KpiError.of("date-order", {
          later: `${endParam} item ${item}`,
          b: end,
          earlier: `${startParam} item ${item}`,
          a: start,
        });
      }
      sink.add(start, end);
    }
  }
  return outOfOrder ? { outOfOrder } : IN_ORDER;
}

/**
 * The result when every pair is in order, shared: V8 (Node 20) compiled a fresh `{ outOfOrder }`
 * after the whole-column loop into a deoptimisation on every call (47 in one bench run).
 */
const IN_ORDER: DatePairsRead = {};

function reportError(checks: Checks, param: string, raw: unknown): void {
  const cell = readCell(raw);
  if (cell.kind === "error") checks.report(Step.InputError, param, KpiError.fromInput(cell.error));
}

function reportOutOfDomain(checks: Checks, param: string, value: number): void {
  const problem = date(value, param);
  if (problem) checks.report(Step.ItemDomain, param, problem);
}
