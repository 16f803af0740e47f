/**
 * Tokens to a syntax tree whose references are relative to the formula's cell (R1C1 in spirit),
 * so every row of a fill shares one tree. Precedence, highest first: `:`, unary minus, `^`,
 * `* /`, `+ -`, `&`, comparisons (Excel's order; `%` is outside the subset).
 */
import { CellAddress, Coordinate, RefToken, Token } from "./lexer";
import { Arr, ERROR_LITERALS, Scalar, Unsupported } from "./values";

/** `abs`: `n` is the row or column itself; otherwise `n` is the offset from the formula's cell. */
export interface Position {
  readonly n: number;
  readonly abs: boolean;
}

export type Node =
  | { readonly t: "number"; readonly value: number }
  | { readonly t: "string"; readonly value: string }
  | { readonly t: "boolean"; readonly value: boolean }
  | { readonly t: "error"; readonly value: string }
  | {
      readonly t: "area";
      readonly sheet?: string;
      readonly top: Position;
      readonly left: Position;
      readonly bottom: Position;
      readonly right: Position;
    }
  | {
      readonly t: "columns";
      readonly sheet?: string;
      readonly left: Position;
      readonly right: Position;
    }
  | { readonly t: "name"; readonly name: string }
  | { readonly t: "array"; readonly value: Arr }
  | { readonly t: "missing" }
  | { readonly t: "call"; readonly name: string; readonly args: readonly Node[] }
  | { readonly t: "negate"; readonly operand: Node }
  | { readonly t: "binary"; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly t: "range"; readonly left: Node; readonly right: Node };

export type AreaNode = Extract<Node, { t: "area" }>;

const relative = (c: Coordinate, origin: number): Position =>
  c.abs ? c : { n: c.n - origin, abs: false };

function refNode(token: RefToken, row: number, column: number): Node {
  const sheet = token.sheet?.name;
  const at = (cell: CellAddress) => ({
    row: relative(cell.row, row),
    column: relative(cell.column, column),
  });
  switch (token.kind) {
    case "cell": {
      const c = at(token.cell);
      return { t: "area", sheet, top: c.row, left: c.column, bottom: c.row, right: c.column };
    }
    case "area": {
      const [a, b] = [at(token.from), at(token.to)];
      return { t: "area", sheet, top: a.row, left: a.column, bottom: b.row, right: b.column };
    }
    case "columns":
      return {
        t: "columns",
        sheet,
        left: relative(token.from, column),
        right: relative(token.to, column),
      };
    case "rows":
      throw new Unsupported("whole-row references");
  }
}

/** `{1,2;3,"x"}` to its values, row by row: numbers, text, TRUE/FALSE and error literals only. */
function arrayConstant(text: string): Arr {
  const rows: Scalar[][] = [[]];
  const item =
    /\s*(?:"((?:[^"]|"")*)"|(TRUE|FALSE)|(#[A-Z0-9/!?]+)|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))\s*([,;}])/iy;
  item.lastIndex = 1;
  for (;;) {
    const m = item.exec(text);
    if (!m) throw new Unsupported(`the array constant ${text}`);
    const [, str, bool, err, num, sep] = m;
    const error = err === undefined ? undefined : ERROR_LITERALS.get(err.toUpperCase());
    if (err !== undefined && !error) throw new Unsupported(`the array constant ${text}`);
    rows[rows.length - 1].push(
      str !== undefined
        ? str.replace(/""/g, '"')
        : bool !== undefined
          ? bool.toUpperCase() === "TRUE"
          : (error ?? Number(num))
    );
    if (sep === "}") break;
    if (sep === ";") rows.push([]);
  }
  const columns = rows[0].length;
  if (rows.some((r) => r.length !== columns)) throw new Unsupported(`the ragged array ${text}`);
  return new Arr(rows.length, columns, rows.flat());
}

const describe = (p: Position): string => (p.abs ? `${p.n}` : `[${p.n}]`);

/**
 * The text that identifies a formula independently of its cell: references in R1C1 form, every
 * other token as written. Formulas a fill writes down a column all have the same key.
 */
export function templateKey(tokens: readonly Token[], row: number, column: number): string {
  let key = "";
  for (const token of tokens) {
    switch (token.kind) {
      case "rows":
        key += `\u0001${token.sheet?.text ?? ""}rows:${token.from.n}:${token.to.n}`;
        break;
      case "cell":
      case "area":
      case "columns": {
        const node = refNode(token, row, column);
        key += `\u0001${token.sheet?.text ?? ""}`;
        if (node.t === "area")
          key += `R${describe(node.top)}C${describe(node.left)}:R${describe(node.bottom)}C${describe(node.right)}`;
        else if (node.t === "columns") key += `C${describe(node.left)}:C${describe(node.right)}`;
        break;
      }
      case "string":
        key += `\u0001"${token.value}`;
        break;
      case "number":
      case "boolean":
      case "error":
        key += `\u0001${token.value}`;
        break;
      case "function":
        key += `\u0001${token.name}(`;
        break;
      case "name":
        key += `\u0001N${token.sheet?.text ?? ""}${token.name}`;
        break;
      case "array":
        key += `\u0001${token.text}`;
        break;
      case "structured":
        key += `\u0001S${token.table ?? ""}${token.spec}`;
        break;
      case "operator":
        key += `\u0001${token.value}`;
        break;
      default:
        key += `\u0001${token.kind}`;
    }
  }
  return key;
}

const COMPARISONS = new Set(["=", "<>", "<", "<=", ">", ">="]);

export function parse(tokens: readonly Token[], row: number, column: number): Node {
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOperator = (value: string): boolean => {
    const t = tokens[i];
    return t !== undefined && t.kind === "operator" && t.value === value;
  };
  const fail = (what: string): never => {
    throw new Unsupported(`formula syntax (${what})`);
  };

  const binaryLevel = (ops: ReadonlySet<string>, next: () => Node) => (): Node => {
    let left = next();
    for (;;) {
      const t = peek();
      if (!t || t.kind !== "operator" || !ops.has(t.value)) return left;
      i++;
      left = { t: "binary", op: t.value, left, right: next() };
    }
  };

  const primary = (): Node => {
    const t = tokens[i++];
    if (!t) return fail("unexpected end");
    switch (t.kind) {
      case "number":
        return { t: "number", value: t.value };
      case "string":
        return { t: "string", value: t.value };
      case "boolean":
        return { t: "boolean", value: t.value };
      case "error":
        return { t: "error", value: t.value };
      case "name":
        if (t.sheet) throw new Unsupported("sheet-scoped names");
        return { t: "name", name: t.name };
      case "array":
        return { t: "array", value: arrayConstant(t.text) };
      case "structured":
        throw new Unsupported("structured (table) references");
      case "cell":
      case "area":
      case "columns":
      case "rows":
        return refNode(t, row, column);
      case "open": {
        const inner = comparison();
        if (tokens[i++]?.kind !== "close") fail("missing )");
        return inner;
      }
      case "function": {
        const args: Node[] = [];
        if (peek()?.kind === "close") {
          i++;
          return { t: "call", name: t.name, args };
        }
        for (;;) {
          const next = peek()?.kind;
          // An empty argument, `CS.CSAT(B2:B9,,4)`: omitted (only custom functions accept it).
          args.push(next === "comma" || next === "close" ? { t: "missing" } : comparison());
          const sep = tokens[i++];
          if (sep?.kind === "close") return { t: "call", name: t.name, args };
          if (sep?.kind !== "comma") fail(`arguments of ${t.name}`);
        }
      }
      case "operator":
        if (t.value === "+") throw new Unsupported("the unary + operator");
        return fail(`operator ${t.value}`);
      default:
        return fail(t.kind);
    }
  };

  const range = (): Node => {
    let left = primary();
    while (isOperator(":")) {
      i++;
      left = { t: "range", left, right: primary() };
    }
    return left;
  };

  const unary = (): Node => {
    if (isOperator("@")) {
      // Implicit intersection: the identity on one cell, which is all the evaluator reads here.
      i++;
      const operand = unary();
      if (
        operand.t !== "area" ||
        operand.top.n !== operand.bottom.n ||
        operand.left.n !== operand.right.n
      )
        throw new Unsupported("the @ operator on a range");
      return operand;
    }
    if (isOperator("-")) {
      i++;
      return { t: "negate", operand: unary() };
    }
    const operand = range();
    if (isOperator("%")) throw new Unsupported("the % operator");
    return operand;
  };

  // Excel binds unary minus tighter than ^ (-2^2 is 4) and evaluates ^ left to right.
  const power = binaryLevel(new Set(["^"]), unary);

  const multiplicative = binaryLevel(new Set(["*", "/"]), power);
  const additive = binaryLevel(new Set(["+", "-"]), multiplicative);
  const concatenation = binaryLevel(new Set(["&"]), additive);
  const comparison = binaryLevel(COMPARISONS, concatenation);

  const tree = comparison();
  if (i < tokens.length) fail(`unexpected ${tokens[i].kind}`);
  return tree;
}
