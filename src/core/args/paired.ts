import { KpiError } from "../errors/kpi-error";
import { Range, shapeOf } from "../values/range";
import { Checks, Step } from "./checks";

/** A range argument with its parameter name. */
export interface NamedRange {
  readonly param: string;
  readonly range: Range;
}

/**
 * docs/function-contract.md, "Arguments": `paired` must have as many rows and columns as
 * `reference`, else `range-size-mismatch` on `paired`, whose size the message gives first.
 */
export function checkSameSize(checks: Checks, paired: NamedRange, reference: NamedRange): void {
  const a = shapeOf(paired.range);
  const b = shapeOf(reference.range);
  if (a.rows === b.rows && a.cols === b.cols) return;
  checks.report(
    Step.PairedSize,
    paired.param,
    KpiError.of("range-size-mismatch", {
      arg1: paired.param,
      rows1: a.rows,
      cols1: a.cols,
      arg2: reference.param,
      rows2: b.rows,
      cols2: b.cols,
    })
  );
}

/** `range-not-vector` unless the range is a single row or a single column. */
export function checkVector(checks: Checks, named: NamedRange): void {
  const { rows, cols } = shapeOf(named.range);
  if (rows === 1 || cols === 1) return;
  const { param } = named;
  checks.report(
    Step.ArgumentKind,
    param,
    KpiError.of("range-not-vector", { arg: param, rows, cols })
  );
}
