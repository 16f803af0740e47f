/**
 * Loads dist/functions.js the way Excel's shared runtime does: as a script in a context where
 * office.js has defined `Office` and `CustomFunctions`, collecting each function the bundle
 * registers through `CustomFunctions.associate(id, fn)`.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";

export const DIST = join(__dirname, "..", "..", "dist");

/** The part of CustomFunctions.Error the runtime defines (office.js custom-functions-runtime). */
export class RuntimeError extends Error {
  readonly type = "Error";
  readonly basicType = "Error";
  readonly basicValue: string;
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? "");
    this.basicValue = code;
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export interface LoadedBundle {
  readonly functions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly makeError: (code: string, message?: string) => RuntimeError;
}

/** `customFunctionsRuntime` is the CustomFunctionsRuntime version the simulated Excel supports. */
export function loadBundle(options: { customFunctionsRuntime: "1.3" | "1.4" }): LoadedBundle {
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const context = createContext({
    console,
    CustomFunctions: {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        if (functions.has(id)) throw new Error(`${id} associated twice`);
        functions.set(id, fn);
      },
      Error: RuntimeError,
      ErrorCode: ERROR_CODES,
    },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "CustomFunctionsRuntime" &&
            Number(version) <= Number(options.customFunctionsRuntime),
        },
      },
    },
  });
  runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  return { functions, makeError: (code, message) => new RuntimeError(code, message) };
}
