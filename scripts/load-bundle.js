// Loads dist/functions.js the way Excel's shared runtime does: as a script in a context where
// office.js has defined `Office` and `CustomFunctions`, collecting each function the bundle
// registers through `CustomFunctions.associate(id, fn)`. Used by the tests and the docs script.
const { readFileSync } = require("fs");
const { join } = require("path");
const { createContext, runInContext, runInThisContext } = require("vm");

const DIST = join(__dirname, "..", "dist");

/** The part of CustomFunctions.Error that Office's runtime defines. */
class RuntimeError extends Error {
  constructor(code, message) {
    super(message ?? "");
    this.type = "Error";
    this.basicType = "Error";
    this.code = code;
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

/**
 * `customFunctionsRuntime` is the CustomFunctionsRuntime version the simulated Excel supports.
 * By default the bundle runs in its own context (tests stay isolated). `sameRealm` runs it in this
 * one, defining the globals here, as Excel does: arrays then come from the bundle's own realm, and
 * timings are not skewed by cross-context access (about 10× slower for a full column).
 * `displayLanguage` is Office's UI language (Office.context.displayLanguage), which picks the
 * language of error messages.
 */
function loadBundle({ customFunctionsRuntime, sameRealm = false, displayLanguage = "en-US" }) {
  const functions = new Map();
  const globals = {
    console,
    CustomFunctions: {
      associate(id, fn) {
        if (functions.has(id)) throw new Error(`${id} associated twice`);
        functions.set(id, fn);
      },
      Error: RuntimeError,
      ErrorCode: ERROR_CODES,
    },
    Office: {
      context: {
        displayLanguage,
        requirements: {
          isSetSupported: (name, version) =>
            name === "CustomFunctionsRuntime" && Number(version) <= Number(customFunctionsRuntime),
        },
      },
    },
  };
  const code = readFileSync(join(DIST, "functions.js"), "utf8");
  if (sameRealm) {
    Object.assign(globalThis, globals);
    runInThisContext(code, { filename: "functions.js" });
  } else {
    runInContext(code, createContext(globals), { filename: "functions.js" });
  }
  return { functions, makeError: (code, message) => new RuntimeError(code, message) };
}

module.exports = { DIST, RuntimeError, loadBundle };
