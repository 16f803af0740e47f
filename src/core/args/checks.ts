import { KpiError } from "../errors/kpi-error";

/**
 * The steps of docs/function-contract.md, "Order of checks" that concern single arguments.
 * Relations between arguments, zero denominators and the result follow in each KPI's own code.
 */
export const enum Step {
  InputError = 1,
  ArgumentKind = 2,
  PairedSize = 3,
  ItemKind = 4,
  ScalarDomain = 5,
  ItemDomain = 6,
}

/**
 * Collects the problems found while reading a function's arguments and keeps the one that
 * decides the result: the earliest step, then the earliest parameter. Readers can therefore
 * read the arguments in whatever order suits them (a range scan that needs a scalar's value)
 * and still report exactly what the contract's order says.
 */
export class Checks {
  private decisive?: { step: Step; param: number; error: KpiError };

  /** `params` are the function's parameter names in declaration order. */
  constructor(private readonly params: readonly string[]) {}

  report(step: Step, param: string, error: KpiError): void {
    const order = this.params.indexOf(param);
    if (order < 0)
      throw new Error(`Checks: "${param}" is not a parameter (${this.params.join(", ")}).`);
    const current = this.decisive;
    if (!current || step < current.step || (step === current.step && order < current.param)) {
      this.decisive = { step, param: order, error };
    }
  }

  /** The error that decides the result, or undefined when every argument is valid. */
  get failure(): KpiError | undefined {
    return this.decisive?.error;
  }
}
