/** SUBSTITUTE(text, old, new): every occurrence, case-sensitive; numbers become their text. */
import { scalarOf } from "../context";
import { toText } from "../values";
import { FunctionSpec } from "./spec";

const SUBSTITUTE: FunctionSpec = {
  min: 3,
  max: 3,
  compile: (args) => (ctx) => {
    const [text, old, replacement] = args.map((a) => toText(scalarOf(a(ctx), ctx, "SUBSTITUTE")));
    if (typeof text !== "string") return text;
    if (typeof old !== "string") return old;
    if (typeof replacement !== "string") return replacement;
    return old === "" ? text : text.split(old).join(replacement);
  },
};

export const TEXT: Record<string, FunctionSpec> = { SUBSTITUTE };
