import { KpiError } from "../errors/kpi-error";
import { readCell } from "../values/cell";
import { asRange, Range } from "../values/range";
import { Checks, Step } from "./checks";
import { Domain } from "./domains";
import { firstErrorIn } from "./scalar";

/** Reports the first error value of a range argument, if any, as the argument's input error. */
export function checkNoInputError(checks: Checks, param: string, range: Range): void {
  const error = firstErrorIn(range);
  if (error) checks.report(Step.InputError, param, error);
}

/** What a KPI does with each number of a range argument, as the range is read. */
export interface NumberSink {
  add(value: number): void;
}

/**
 * Reads the numbers of a range argument row-major (docs/function-contract.md, "Arguments") and
 * hands those that lie in `domain` to `sink`: blanks, text and booleans are skipped, as Excel's
 * COUNT skips them. The first number outside the domain is reported as the argument's
 * item-domain problem and later ones are skipped; the first error value is reported and ends the
 * scan. The caller returns `checks.failure` before using what `sink` gathered.
 *
 * One loop handing numbers to an object, not callbacks: a range can be a whole column
 * (1,048,576 cells), where a closure call per number and counters kept in closures cost more
 * than reading the cells.
 */
export function forEachNumberIn(
  checks: Checks,
  param: string,
  raw: unknown,
  domain: Domain,
  sink: NumberSink
): void {
  const range = asRange(raw);
  let reported = false;
  for (let i = 0; i < range.length; i++) {
    const row = range[i];
    for (let j = 0; j < row.length; j++) {
      const item = row[j];
      let value: number;
      if (typeof item === "number")
        value = item; // the common case, without building a Cell
      else {
        if (item === null || typeof item !== "object") continue; // blank, text, boolean
        const cell = readCell(item);
        if (cell.kind === "error") {
          checks.report(Step.InputError, param, KpiError.fromInput(cell.error));
          return;
        }
        if (cell.kind !== "number") continue;
        value = cell.value;
      }
      const problem = domain(value, param);
      if (!problem) sink.add(value);
      else if (!reported) {
        reported = true;
        checks.report(Step.ItemDomain, param, problem);
      }
    }
  }
}
