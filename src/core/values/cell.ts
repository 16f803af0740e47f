/**
 * What an Excel value means to the core. Custom functions receive plain numbers, strings,
 * booleans, null for blanks, error objects and, because functions.json allows custom data for
 * `any`, data-type objects such as the formatted numbers our own rate functions return
 * (`{type: "Double", basicValue: 0.064, numberFormat: "0.0%"}`). The core reads all of them
 * without depending on Office: it only looks at their documented JSON shape.
 */

/** An Excel error value received as input, e.g. `#N/A`, with its message when it has one. */
export interface InputError {
  readonly code: string;
  readonly message?: string;
  /** The value as received, so that it can be handed back unchanged. */
  readonly source: unknown;
}

export type Cell =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text" }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly error: InputError };

const BLANK: Cell = { kind: "blank" };
const TEXT: Cell = { kind: "text" };
const TRUE: Cell = { kind: "boolean", value: true };
const FALSE: Cell = { kind: "boolean", value: false };

/** Error codes a `CustomFunctions.Error` (or a bare `{code}` object) can carry. */
const ERROR_CODES: ReadonlySet<string> = new Set([
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#NAME?",
  "#REF!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#GETTING_DATA",
  "#UNKNOWN!",
]);

/** Reads any value a custom function can receive. */
export function readCell(value: unknown): Cell {
  switch (typeof value) {
    case "number":
      return { kind: "number", value };
    case "string":
      return value === "" ? BLANK : TEXT;
    case "boolean":
      return value ? TRUE : FALSE;
    case "object":
      return value === null ? BLANK : readObject(value as Record<string, unknown>);
    default:
      // undefined, and anything no Excel value maps to (functions, symbols, bigint) is no value.
      return value === undefined ? BLANK : TEXT;
  }
}

/** Error objects and Excel data types (`Double`, `String`, `Boolean`, `Error`, `Empty`, entities…). */
function readObject(value: Record<string, unknown>): Cell {
  const { type, basicValue, code } = value;
  if (
    type === "Error" ||
    (type === undefined && typeof code === "string" && ERROR_CODES.has(code))
  ) {
    const errorCode = typeof code === "string" ? code : String(basicValue);
    const message =
      typeof value.message === "string" && value.message !== "" ? value.message : undefined;
    return { kind: "error", error: { code: errorCode, message, source: value } };
  }
  if (type === "Double" || type === "FormattedNumber") {
    return typeof basicValue === "number" ? { kind: "number", value: basicValue } : TEXT;
  }
  if (type === "Boolean") return basicValue === true ? TRUE : FALSE;
  if (type === "Empty") return BLANK;
  if (type === "String") return basicValue === "" ? BLANK : TEXT;
  // Entities, images and anything else are not numbers: skipped in ranges like text.
  return TEXT;
}
