/** How a worksheet function is declared to the compiler. */
import { Ev } from "../context";

export interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  /**
   * Arguments kept as references (ranges, and single cells whose "came from a reference" matters,
   * as in SUM); the others arrive as values, a single cell read directly.
   */
  readonly references?: readonly number[] | "all";
  /** Empty arguments (`f(a,,c)`) arrive as blanks; only custom functions take them. */
  readonly takesEmpty?: boolean;
  /** Arguments arrive unevaluated, so IF and IFERROR evaluate only the branch they need. */
  compile(args: Ev[]): Ev;
}
