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

/**
 * Visits the numbers of a range argument row-major (functions.md §1 "Values inside a range"):
 * blanks, text and booleans are skipped, as Excel's COUNT skips them. The first error value is
 * reported to `checks` and ends the scan; the caller then returns `checks.failure` before using
 * what it gathered. `visit` gets each number with its 0-based row and column.
 */
export function forEachNumber(
  checks: Checks,
  param: string,
  range: Range,
  visit: (value: number, rowIndex: number, colIndex: number) => void
): void {
  for (let i = 0; i < range.length; i++) {
    const row = range[i];
    for (let j = 0; j < row.length; j++) {
      const item = row[j];
      if (typeof item === "number") {
        visit(item, i, j); // the common case, without building a Cell
        continue;
      }
      if (item === null || typeof item !== "object") continue; // blank, text, boolean
      const cell = readCell(item);
      if (cell.kind === "number") visit(cell.value, i, j);
      else if (cell.kind === "error") {
        checks.report(Step.InputError, param, KpiError.fromInput(cell.error));
        return;
      }
    }
  }
}

/**
 * Visits the numbers of a range argument that lie in `domain`, row-major. The first number that
 * does not is reported as the argument's item-domain problem; later ones are skipped.
 */
export function forEachNumberIn(
  checks: Checks,
  param: string,
  raw: unknown,
  domain: Domain,
  visit: (value: number) => void
): void {
  let reported = false;
  forEachNumber(checks, param, asRange(raw), (value) => {
    const problem = domain(value, param);
    if (!problem) visit(value);
    else if (!reported) {
      reported = true;
      checks.report(Step.ItemDomain, param, problem);
    }
  });
}
