/** Typed access to scripts/load-bundle.js: dist/functions.js loaded as Excel loads it. */

const loader = require("../../scripts/load-bundle") as {
  DIST: string;
  RuntimeError: new (code: string, message?: string) => RuntimeErrorShape;
  loadBundle(options: {
    customFunctionsRuntime: "1.3" | "1.4";
    /** Office.context.displayLanguage, "en-US" by default. */
    displayLanguage?: string;
  }): LoadedBundle;
};

export interface RuntimeErrorShape extends Error {
  readonly type: "Error";
  readonly code: string;
  readonly basicValue: string;
}

export interface LoadedBundle {
  readonly functions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly makeError: (code: string, message?: string) => RuntimeErrorShape;
}

export const DIST = loader.DIST;
export const RuntimeError = loader.RuntimeError;
export const loadBundle = loader.loadBundle;
