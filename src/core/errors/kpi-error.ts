import { CatalogueId, ERROR_CATALOGUE, ErrorId, ErrorParams } from "./catalogue";
import { InputError } from "../values/cell";
import { fillTemplate } from "./fill-template";

export { fillTemplate };

/**
 * A KPI that cannot be computed: the Excel error to show, the stable catalogue id and the
 * values that fill its message. Errors are returned, never thrown (docs/function-contract.md,
 * "Results").
 */
export class KpiError {
  private constructor(
    /** The Excel error value: `#VALUE!`, `#NUM!`, `#DIV/0!`, or an input error's own code. */
    readonly excel: string,
    readonly id: ErrorId,
    readonly params: Readonly<Record<string, string | number>>,
    /** For `input-error`: the error value received, so the adapter can return it unchanged. */
    readonly input?: InputError
  ) {}

  /** An error of the catalogue; `params` must fill every placeholder of its template. */
  static of<Id extends CatalogueId>(id: Id, params: ErrorParams<Id>): KpiError {
    return new KpiError(ERROR_CATALOGUE[id].excel, id, params as Record<string, string | number>);
  }

  /** An error value found in an argument, returned as it came (`input-error`). */
  static fromInput(input: InputError): KpiError {
    return new KpiError(input.code, "input-error", {}, input);
  }

  /**
   * The English message (docs/function-contract.md, "Errors"); an input error keeps its own
   * message.
   */
  get message(): string {
    if (this.id === "input-error") return this.input?.message ?? "";
    return fillTemplate(ERROR_CATALOGUE[this.id].template, this.params);
  }
}

export function isKpiError(value: unknown): value is KpiError {
  return value instanceof KpiError;
}
