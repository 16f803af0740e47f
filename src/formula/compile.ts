/**
 * A syntax tree to closures: compiled once per template, then run for every cell of a fill.
 * Operators work element by element when a side is a range or array (the array evaluation that
 * SUMPRODUCT gives its arguments); references resolve against the context's base cell.
 *
 * Over 300 lines: one compiler, a switch over node kinds that share the element-wise operators.
 */
import { Context, Ev, customArgument, lift1, read, scalarOf, sheetOf, toArr } from "./context";
import { FunctionSpec } from "./functions/spec";
import { FUNCTIONS } from "./functions";
import { Node, Position } from "./parser";
import {
  Arr,
  DIV0,
  ERROR_LITERALS,
  MAX_COLUMNS,
  MAX_ROWS,
  NUM,
  NAME,
  REF,
  Ref,
  Scalar,
  Unsupported,
  Value,
  compareScalars,
  isError,
  numberResult,
  toNumber,
  toText,
} from "./values";

/** Resolves a defined name to its compiled formula (set by the formula cache). */
export type NameResolver = (ctx: Context, name: string) => Value;

const at = (p: Position, base: number): number => (p.abs ? p.n : base + p.n);

function area(node: Extract<Node, { t: "area" }>): Ev {
  const { top, left, bottom, right } = node;
  // An absolute block is the same reference every time on the same sheet.
  const absolute = top.abs && left.abs && bottom.abs && right.abs;
  let last: Ref | undefined;
  return (ctx) => {
    const sheet = node.sheet === undefined ? ctx.sheet : sheetOf(ctx, node.sheet);
    if (typeof sheet !== "string") return sheet;
    if (absolute && last?.sheet === sheet) return last;
    const [r1, r2] = [at(top, ctx.baseRow), at(bottom, ctx.baseRow)];
    const [c1, c2] = [at(left, ctx.baseColumn), at(right, ctx.baseColumn)];
    if (
      Math.min(r1, r2, c1, c2) < 1 ||
      Math.max(r1, r2) > MAX_ROWS ||
      Math.max(c1, c2) > MAX_COLUMNS
    )
      return REF;
    const ref = new Ref(
      sheet,
      Math.min(r1, r2),
      Math.min(c1, c2),
      Math.max(r1, r2),
      Math.max(c1, c2)
    );
    if (absolute) last = ref;
    return ref;
  };
}

/** A single cell read straight to its value, without building a reference. */
function cellValue(node: Extract<Node, { t: "area" }>): Ev {
  const { top, left } = node;
  return (ctx) => {
    const sheet = node.sheet === undefined ? ctx.sheet : sheetOf(ctx, node.sheet);
    if (typeof sheet !== "string") return sheet;
    const r = at(top, ctx.baseRow);
    const c = at(left, ctx.baseColumn);
    if (r < 1 || r > MAX_ROWS || c < 1 || c > MAX_COLUMNS) return REF;
    return read(ctx, sheet, r, c);
  };
}

function columns(node: Extract<Node, { t: "columns" }>): Ev {
  return (ctx) => {
    const sheet = node.sheet === undefined ? ctx.sheet : sheetOf(ctx, node.sheet);
    if (typeof sheet !== "string") return sheet;
    const [c1, c2] = [at(node.left, ctx.baseColumn), at(node.right, ctx.baseColumn)];
    if (Math.min(c1, c2) < 1 || Math.max(c1, c2) > MAX_COLUMNS) return REF;
    return new Ref(sheet, 1, Math.min(c1, c2), MAX_ROWS, Math.max(c1, c2));
  };
}

const isMany = (v: Value): boolean =>
  (v instanceof Ref && (v.top !== v.bottom || v.left !== v.right)) ||
  (v instanceof Arr && v.data.length !== 1);

function lift2(a: Value, b: Value, ctx: Context, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMany(a) && !isMany(b)) return f(scalarOf(a, ctx, "an operator"), scalarOf(b, ctx, ""));
  const x = toArr(a, ctx);
  const y = toArr(b, ctx);
  if (x.data.length === 1)
    return new Arr(
      y.rows,
      y.columns,
      y.data.map((v) => f(x.data[0], v))
    );
  if (y.data.length === 1)
    return new Arr(
      x.rows,
      x.columns,
      x.data.map((v) => f(v, y.data[0]))
    );
  if (x.rows !== y.rows || x.columns !== y.columns)
    throw new Unsupported("an operator between arrays of different sizes");
  return new Arr(
    x.rows,
    x.columns,
    x.data.map((v, i) => f(v, y.data[i]))
  );
}

function arithmetic(op: string): (x: Scalar, y: Scalar) => Scalar {
  return (x, y) => {
    const a = toNumber(x);
    if (typeof a !== "number") return a;
    const b = toNumber(y);
    if (typeof b !== "number") return b;
    switch (op) {
      case "+":
        return numberResult(a + b);
      case "-":
        return numberResult(a - b);
      case "*":
        return numberResult(a * b);
      case "^":
        // Excel: 0^0 is #NUM!, 0 to a negative power #DIV/0!.
        if (a === 0 && b <= 0) return b === 0 ? NUM : DIV0;
        return numberResult(a ** b);
      default:
        return b === 0 ? DIV0 : numberResult(a / b);
    }
  };
}

function concatenate(x: Scalar, y: Scalar): Scalar {
  const a = toText(x);
  if (typeof a !== "string") return a;
  const b = toText(y);
  return typeof b === "string" ? a + b : b;
}

function comparison(op: string): (x: Scalar, y: Scalar) => Scalar {
  const ordered = op !== "=" && op !== "<>";
  return (x, y) => {
    if (isError(x)) return x;
    if (isError(y)) return y;
    const c = compareScalars(x, y, ordered);
    switch (op) {
      case "=":
        return c === 0;
      case "<>":
        return c !== 0;
      case "<":
        return c < 0;
      case "<=":
        return c <= 0;
      case ">":
        return c > 0;
      default:
        return c >= 0;
    }
  };
}

function binary(op: string): (x: Scalar, y: Scalar) => Scalar {
  if (op === "&") return concatenate;
  if ("+-*/^".includes(op)) return arithmetic(op);
  return comparison(op);
}

function negate(x: Scalar): Scalar {
  const n = toNumber(x);
  return typeof n === "number" ? numberResult(-n) : n;
}

/** The range operator: the smallest block holding both references (on one sheet). */
function rangeOf(a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (!(a instanceof Ref) || !(b instanceof Ref))
    throw new Unsupported("the range operator : between non-references");
  if (a.sheet !== b.sheet) throw new Unsupported("the range operator : across sheets");
  return new Ref(
    a.sheet,
    Math.min(a.top, b.top),
    Math.min(a.left, b.left),
    Math.max(a.bottom, b.bottom),
    Math.max(a.right, b.right)
  );
}

/** Computes a shared subexpression once per evaluateFormula call. */
function memo(ev: Ev): Ev {
  let generation = -1;
  let value: Value = null;
  return (ctx) => {
    if (ctx.generation === generation) return value;
    const v = ev(ctx);
    value = v;
    generation = ctx.generation;
    return v;
  };
}

const CS_CALL = /^(?:CS\.|_XLDUDF_CS_)([A-Z0-9_.]+)$/;

/**
 * The CS function id an upper-case function name calls, `NPS` for `CS.NPS` (the formula bar's
 * spelling) and `_XLDUDF_CS_NPS` (a file's), or undefined for any other function.
 */
export const csCallId = (name: string): string | undefined => CS_CALL.exec(name)?.[1];

/** A CS custom function, computed by the book (the formula core behind it), or undefined. */
function csFunction(name: string): FunctionSpec | undefined {
  const id = csCallId(name);
  if (id === undefined) return undefined;
  return {
    min: 0,
    max: 255,
    references: "all",
    takesEmpty: true,
    compile: (args) => (ctx) => {
      if (!ctx.book.csFunction) throw new Unsupported(`the custom function CS.${id}`);
      const result = ctx.book.csFunction(
        id,
        args.map((arg) => customArgument(arg(ctx), ctx))
      );
      return Array.isArray(result) ? new Arr(1, result.length, [...result]) : (result as Scalar);
    },
  };
}

/** Compiles a tree; function calls that occur more than once are evaluated once per call. */
export function compile(tree: Node, resolveName: NameResolver): Ev {
  const counts = new Map<string, number>();
  const keyOf = new Map<Node, string>();
  const count = (node: Node): void => {
    if (node.t !== "call") return;
    const key = JSON.stringify(node);
    keyOf.set(node, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const visit = (node: Node): void => {
    count(node);
    if (node.t === "call") node.args.forEach(visit);
    else if (node.t === "negate") visit(node.operand);
    else if (node.t === "binary" || node.t === "range") {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(tree);
  const shared = new Map<string, Ev>();

  const generic = (node: Node): Ev => {
    switch (node.t) {
      case "number":
      case "string":
      case "boolean": {
        const v = node.value;
        return () => v;
      }
      case "error": {
        const e = ERROR_LITERALS.get(node.value) ?? NAME;
        return () => e;
      }
      case "array": {
        const v = node.value;
        return () => v;
      }
      case "area":
        return area(node);
      case "columns":
        return columns(node);
      case "name": {
        const name = node.name;
        return (ctx) => resolveName(ctx, name);
      }
      case "negate": {
        const operand = operandOf(node.operand);
        return (ctx) => lift1(operand(ctx), ctx, negate);
      }
      case "binary": {
        const [left, right] = [operandOf(node.left), operandOf(node.right)];
        const f = binary(node.op);
        return (ctx) => lift2(left(ctx), right(ctx), ctx, f);
      }
      case "range": {
        const [left, right] = [generic(node.left), generic(node.right)];
        return (ctx) => rangeOf(left(ctx), right(ctx));
      }
      case "call":
        return call(node);
      case "missing":
        return () => null;
    }
  };

  const call = (node: Extract<Node, { t: "call" }>): Ev => {
    const key = keyOf.get(node) as string;
    const known = shared.get(key);
    if (known) return known;
    // A file stores functions newer than Excel 2007 as `_xlfn.NAME` (formula/file-form.ts).
    const fn = FUNCTIONS.get(node.name.replace(/^_XLFN\./, "")) ?? csFunction(node.name);
    if (!fn) throw new Unsupported(`the function ${node.name}`);
    if (!fn.takesEmpty && node.args.some((a) => a.t === "missing"))
      throw new Unsupported(`${node.name} with an empty argument`);
    if (node.args.length < fn.min || node.args.length > fn.max)
      throw new Unsupported(`${node.name} with ${node.args.length} arguments`);
    const args = node.args.map((a, i) =>
      fn.references === "all" || fn.references?.includes(i) ? generic(a) : operandOf(a)
    );
    const ev = fn.compile(args);
    const result = (counts.get(key) ?? 0) > 1 ? memo(ev) : ev;
    shared.set(key, result);
    return result;
  };

  /** Where only values matter (operators, value arguments), a cell is read directly. */
  const operandOf = (node: Node): Ev =>
    node.t === "area" &&
    node.top.abs === node.bottom.abs &&
    node.top.n === node.bottom.n &&
    node.left.abs === node.right.abs &&
    node.left.n === node.right.n
      ? cellValue(node)
      : generic(node);

  return generic(tree);
}
