/**
 * The Share conversion of one formula (docs/share.md): every CS call becomes its native formula
 * from the native-formula table, inside out, with the call's own argument texts; every character
 * outside the converted calls is kept. When one call cannot be converted the whole cell takes the
 * value rule, with the reason. Whether the native formula gives the same value on the workbook's
 * data (the third rule) is checked by the caller, which has the data: the CLI evaluates, the pane
 * recalculates and reads back.
 */
import { fileForm } from "../formula/file-form";
import { Token, tokenize } from "../formula/lexer";
import { NATIVE_TABLE, NativeArg, NoNativeReason } from "../native/native-table";
import { CsCall, MAY_CALL_CS, TokenRange, outermostCsCalls } from "./cs-calls";

/** Where the formula goes: a file (functions newer than 2007 take `_xlfn.`) or Office.js. */
export type ShareTarget = "file" | "office";

/** Why a cell keeps its value instead of a native formula. */
export type ValueReasonId =
  | NoNativeReason
  /** The formula's text could not be read (its syntax is outside what the tokenizer knows). */
  | "unreadable-formula"
  /** A CS function this version does not know (a newer add-in's). */
  | "unknown-function"
  /** A required argument is empty: the function returns #VALUE!, the native formula would not. */
  | "argument-missing"
  /** More arguments than the function takes. */
  | "too-many-arguments"
  /** A spilled function (NPSBREAKDOWN) used inside a larger formula. */
  | "spill-inside-formula"
  /** An argument refers to another workbook, which is never read. */
  | "external-reference";

export interface ValueReason {
  readonly id: ValueReasonId;
  /** The CS function the reason concerns, when there is one. */
  readonly functionId?: string;
  /** The formula text that could not be read, for `unreadable-formula`. */
  readonly detail?: string;
}

export type FormulaConversion =
  | {
      readonly rule: "native";
      /**
       * The converted formula, without "=": one text, or one per spilled cell (row order) when
       * the whole formula was a spilled call.
       */
      readonly formulas: readonly string[];
      /** The CS function ids called, outermost first, once per call. */
      readonly functions: readonly string[];
    }
  | {
      readonly rule: "value";
      readonly reason: ValueReason;
      readonly functions: readonly string[];
    };

export interface ConvertOptions {
  readonly target: ShareTarget;
  /**
   * The value of a one-token argument that is a reference (a single cell), when the caller can
   * read it; templates that depend on an argument's value (TTV's method) use it.
   */
  readonly cellValue?: (token: Token) => number | string | boolean | null | undefined;
}

/** Thrown inside the conversion and turned into the value rule at the top. */
class NoNative extends Error {
  constructor(readonly reason: ValueReason) {
    super(reason.id);
  }
}

const REFERENCE_KINDS = new Set(["cell", "area", "columns", "rows", "structured", "name"]);
const LITERAL_KINDS = new Set(["number", "string", "boolean", "error"]);

/**
 * The conversion of `formula` (without "="), or undefined when it calls no CS function.
 * Never throws: whatever cannot be converted is the value rule with its reason.
 */
export function convertFormula(
  formula: string,
  options: ConvertOptions
): FormulaConversion | undefined {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch {
    // Unreadable text is only a Share matter when it calls a CS function.
    return MAY_CALL_CS.test(formula)
      ? { rule: "value", reason: { id: "unreadable-formula", detail: formula }, functions: [] }
      : undefined;
  }
  const functions: string[] = [];
  let top: CsCall[];
  try {
    top = outermostCsCalls(tokens, { from: 0, to: tokens.length });
  } catch {
    return { rule: "value", reason: { id: "unreadable-formula", detail: formula }, functions };
  }
  if (top.length === 0) return undefined;
  const converter = new Converter(formula, tokens, options, functions);
  try {
    const whole = top.length === 1 && top[0].open === 0 && top[0].close === tokens.length - 1;
    if (whole) {
      const forms = converter.call(top[0], true);
      return { rule: "native", formulas: forms, functions };
    }
    const text = converter.range({ from: 0, to: tokens.length }, 0, formula.length);
    return { rule: "native", formulas: [text], functions };
  } catch (error) {
    if (error instanceof NoNative) return { rule: "value", reason: error.reason, functions };
    throw error;
  }
}

class Converter {
  constructor(
    private readonly formula: string,
    private readonly tokens: readonly Token[],
    private readonly options: ConvertOptions,
    private readonly functions: string[]
  ) {}

  /**
   * The text from character `start` to `end`, which covers the tokens of `range`, with its CS
   * calls converted and every other character copied.
   */
  range(range: TokenRange, start: number, end: number): string {
    let out = "";
    let copied = start;
    for (const call of outermostCsCalls(this.tokens, range)) {
      const from = this.tokens[call.open].start;
      const to = this.tokens[call.close].end;
      const [native] = this.call(call, false);
      out += this.formula.slice(copied, from) + (this.standsAlone(call) ? native : `(${native})`);
      copied = to;
    }
    return out + this.formula.slice(copied, end);
  }

  /** The native formulas of one call (several only for a spilled call that is the whole cell). */
  call(call: CsCall, wholeFormula: boolean): string[] {
    this.functions.push(call.id);
    const entry = NATIVE_TABLE.get(call.id);
    if (!entry) throw new NoNative({ id: "unknown-function", functionId: call.id });
    if (entry.spill && !wholeFormula)
      throw new NoNative({ id: "spill-inside-formula", functionId: call.id });
    if (call.args.length > entry.params.length)
      throw new NoNative({ id: "too-many-arguments", functionId: call.id });
    const args: NativeArg[] = [];
    entry.params.forEach((param, i) => {
      const given = call.args[i];
      if (given && given.to > given.from) {
        args.push(this.argument(given, call.id));
        return;
      }
      if (!param.optional || !param.default)
        throw new NoNative({ id: "argument-missing", functionId: call.id });
      const text = param.default(args);
      args.push({ text, omitted: true, isReference: false, value: literalOf(text) });
    });
    const native = entry.native(args);
    if ("none" in native) throw new NoNative({ id: native.none, functionId: call.id });
    return native.forms.map((form) => this.forTarget(form));
  }

  /** One argument: its converted text, parenthesised when it is an expression. */
  private argument(range: TokenRange, functionId: string): NativeArg {
    const own = this.tokens.slice(range.from, range.to);
    if (own.some((t) => "sheet" in t && t.sheet?.external))
      throw new NoNative({ id: "external-reference", functionId });
    const start = own[0].start;
    const end = own[own.length - 1].end;
    const text = this.range(range, start, end);
    const single = own.length === 1 ? own[0] : undefined;
    if (single && REFERENCE_KINDS.has(single.kind)) {
      const value = single.kind === "cell" ? this.options.cellValue?.(single) : undefined;
      return { text, omitted: false, isReference: true, value };
    }
    const literal = literalValue(own);
    if (literal !== undefined) return { text, omitted: false, isReference: false, value: literal };
    return { text: `(${text})`, omitted: false, isReference: false };
  }

  /**
   * True when a call's native text can replace it without parentheses: it is a whole argument of
   * another function (or of a group), so no operator around it can bind into it.
   */
  private standsAlone(call: CsCall): boolean {
    const before = this.tokens[call.open - 1];
    const after = this.tokens[call.close + 1];
    const opens = !before || ["function", "open", "comma"].includes(before.kind);
    const closes = !after || after.kind === "comma" || after.kind === "close";
    return opens && closes;
  }

  /** In a file, functions newer than Excel 2007 take `_xlfn.` (formula/file-form.ts). */
  private forTarget(form: string): string {
    return this.options.target === "office" ? form : fileForm(form);
  }
}

/** The value of a default's text when it is a number or a string literal (`5`, `"median"`). */
function literalOf(text: string): number | string | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  return quoted ? quoted[1].replace(/""/g, '"') : undefined;
}

/** A literal argument's value (`5`, `-5`, `"mean"`, `TRUE`), or undefined for anything else. */
function literalValue(tokens: readonly Token[]): number | string | boolean | undefined {
  const [first, second] = tokens;
  if (tokens.length === 1 && LITERAL_KINDS.has(first.kind) && first.kind !== "error")
    return (first as { value: number | string | boolean }).value;
  if (
    tokens.length === 2 &&
    first.kind === "operator" &&
    first.value === "-" &&
    second.kind === "number"
  )
    return -second.value;
  return undefined;
}
