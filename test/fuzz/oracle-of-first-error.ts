/**
 * functions.md §1 "Error values in the input", modelled on the encoded arguments without the
 * core: arguments in parameter order, each read row-major (a scalar is one cell, a range passed
 * to a scalar parameter is read like any range); the first error value found decides the
 * result, whatever else is wrong.
 */
import { EncodedError, isEncodedError } from "./values";

export function firstInputError(args: readonly unknown[]): EncodedError | undefined {
  for (const arg of args) {
    const cells = Array.isArray(arg) ? (arg as unknown[][]).flat() : [arg];
    const error = cells.find(isEncodedError);
    if (error) return error;
  }
  return undefined;
}
