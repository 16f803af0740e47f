/** IF, IFERROR, NOT, AND, OR and the IS functions. IF and IFERROR evaluate only what they need. */
import { Ev, lift1, scalarOf, valuesOf } from "../context";
import { Arr, Scalar, Unsupported, VALUE, Value, isError, toBoolean } from "../values";
import { FunctionSpec } from "./spec";

const IF: FunctionSpec = {
  min: 2,
  max: 3,
  compile:
    ([condition, then, otherwise]) =>
    (ctx) => {
      const test = toBoolean(scalarOf(condition(ctx), ctx, "IF"));
      if (typeof test !== "boolean") return test;
      if (test) return then(ctx);
      return otherwise ? otherwise(ctx) : false;
    },
};

const IFERROR: FunctionSpec = {
  min: 2,
  max: 2,
  compile:
    ([value, fallback]) =>
    (ctx) => {
      const v = scalarOf(value(ctx), ctx, "IFERROR");
      return isError(v) ? fallback(ctx) : v;
    },
};

const NOT: FunctionSpec = {
  min: 1,
  max: 1,
  compile:
    ([value]) =>
    (ctx) => {
      const b = toBoolean(scalarOf(value(ctx), ctx, "NOT"));
      return typeof b === "boolean" ? !b : b;
    },
};

/**
 * AND / OR: in references, numbers and booleans count and text and blanks are skipped; a value
 * given directly must be a condition. No condition at all is #VALUE!.
 */
function logicalFold(name: string, all: boolean): FunctionSpec {
  return {
    min: 1,
    max: 255,
    references: "all",
    compile: (args: Ev[]) => (ctx) => {
      let seen = false;
      let result = all;
      const take = (b: boolean) => {
        seen = true;
        result = all ? result && b : result || b;
      };
      for (const arg of args) {
        const v: Value = arg(ctx);
        if (v instanceof Arr) throw new Unsupported(`an array argument of ${name}`);
        if (isError(v)) return v;
        if (typeof v !== "object" || v === null) {
          const b = toBoolean(v);
          if (typeof b !== "boolean") return b;
          take(b);
          continue;
        }
        let failed: Scalar = null;
        valuesOf(v, ctx, (x) => {
          if (failed !== null) return;
          if (isError(x)) failed = x;
          else if (typeof x === "boolean") take(x);
          else if (typeof x === "number") take(x !== 0);
        });
        if (failed !== null) return failed;
      }
      return seen ? result : VALUE;
    },
  };
}

function isFunction(test: (v: Scalar) => boolean): FunctionSpec {
  return {
    min: 1,
    max: 1,
    compile:
      ([value]) =>
      (ctx) =>
        lift1(value(ctx), ctx, test),
  };
}

export const LOGICAL: Record<string, FunctionSpec> = {
  IF,
  IFERROR,
  NOT,
  AND: logicalFold("AND", true),
  OR: logicalFold("OR", false),
  ISBLANK: isFunction((v) => v === null),
  ISNUMBER: isFunction((v) => typeof v === "number"),
  ISTEXT: isFunction((v) => typeof v === "string"),
  ISERROR: isFunction(isError),
  ISLOGICAL: isFunction((v) => typeof v === "boolean"),
};
