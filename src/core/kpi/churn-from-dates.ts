import { Checks } from "../args/checks";
import { readDatePairs } from "../args/date-pairs";
import { date } from "../args/domains";
import { readScalar } from "../args/scalar";
import { KpiError } from "../errors/kpi-error";
import { KpiResult } from "./kpi-result";

const PARAMS = ["start_dates", "end_dates", "period_start", "period_end"] as const;

/**
 * Churn rate from a subscription list.
 *
 * One row per subscription: the day it started and the day it ended (blank = still active).
 * For the period from period_start to period_end, both days included:
 *
 * - **At start**: customers who started before period_start and had not ended before it (no
 *   end date, or an end on or after period_start). Someone who ends on period_start itself is
 *   still a customer that morning.
 * - **Churned**: at-start customers whose end falls inside the period, **plus** customers who
 *   started inside the period and ended by period_end (the rule of seed 002: new customers are
 *   left out of the starting count, but those of them who churn still count as churned).
 *
 *     churn = churned / at start
 *
 * Because new customers who churn count in the numerator only, the rate can exceed 100% when
 * many of them leave. Dates are compared as whole days (Excel's INT): an end at 18:00 on
 * 31 January counts on 31 January. Rows whose start is blank or text (a header) are skipped;
 * an end that is text (e.g. "active") is an error, not "still active".
 *
 * @example
 * churnFromDates(starts, ends, 45292, 45322) // January 2024: 5 churned / 8 at start = 0.625
 *
 * Errors, in order: `range-size-mismatch`; `item-not-date` for a text or TRUE/FALSE end;
 * `arg-missing` / `arg-not-number` for the period; `date-out-of-range` for a date before 1900
 * or after 9999; `date-order` when period_end is before period_start, then for the first row
 * that ends before it starts; `zero-denominator` when nobody was a customer at the start.
 */
export function churnFromDates(
  startDates: unknown,
  endDates: unknown,
  periodStart: unknown,
  periodEnd: unknown
): KpiResult {
  const checks = new Checks(PARAMS);
  const { pairs, outOfOrder } = readDatePairs(
    checks,
    ["start_dates", "end_dates"],
    [startDates, endDates],
    { wholeDays: true }
  );
  const first = Math.floor(readScalar(checks, "period_start", periodStart, date));
  const last = Math.floor(readScalar(checks, "period_end", periodEnd, date));
  if (checks.failure) return checks.failure;
  if (first > last) {
    return KpiError.of("date-order", {
      later: "period_end",
      b: last,
      earlier: "period_start",
      a: first,
    });
  }
  if (outOfOrder) return outOfOrder;

  let atStart = 0;
  let churned = 0;
  for (const { start, end } of pairs) {
    const endsInPeriod = end !== undefined && end >= first && end <= last;
    if (start < first) {
      if (end !== undefined && end < first) continue; // gone before the period
      atStart++;
      if (endsInPeriod) churned++;
    } else if (start <= last && endsInPeriod) {
      churned++; // new in the period and gone by its end
    }
  }
  if (atStart === 0) return KpiError.of("zero-denominator", { arg: "customers at period_start" });
  return churned / atStart;
}
