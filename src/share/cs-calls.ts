/**
 * Finds the CS function calls in a formula's tokens: `CS.NPS(` as Office.js and the formula bar
 * write it, `_xldudf_CS_NPS(` as Excel stores it in a file, in any letter case. Each call knows
 * its arguments' token ranges, split on the commas of its own level only, so nested calls,
 * parenthesised unions and array constants stay inside their argument.
 */
import { csCallId } from "../formula/compile";
import { Token } from "../formula/lexer";

/** A run of tokens, `from` included, `to` excluded. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

export interface CsCall {
  /** The function id, upper case: `NPS` for `cs.nps(` and `_xldudf_CS_NPS(`. */
  readonly id: string;
  /** Index of the function token (name and `(`). */
  readonly open: number;
  /** Index of the matching `)`. */
  readonly close: number;
  /** Each argument's tokens; an empty range for an empty argument (`CS.CSAT(B2:B9,,4)`). */
  readonly args: readonly TokenRange[];
}

/** Quick filter before tokenizing: text that could call a CS function (in either spelling). */
export const MAY_CALL_CS = /(^|[^A-Za-z0-9_.])(CS\.|_xldudf_CS_)[A-Za-z]/i;

/** The CS function id a function token calls, or undefined for any other function. */
export function csFunctionId(token: Token): string | undefined {
  return token.kind === "function" ? csCallId(token.name) : undefined;
}

/** The index of the `)` that closes the call or group opened at `open`, or -1. */
function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const kind = tokens[i].kind;
    if (kind === "function" || kind === "open") depth++;
    else if (kind === "close" && --depth === 0) return i;
  }
  return -1;
}

/** The argument ranges of the call opened at `open` and closed at `close`. */
function argumentsOf(tokens: readonly Token[], open: number, close: number): TokenRange[] {
  if (close === open + 1) return [];
  const args: TokenRange[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < close; i++) {
    const kind = tokens[i].kind;
    if (kind === "function" || kind === "open") depth++;
    else if (kind === "close") depth--;
    else if (kind === "comma" && depth === 0) {
      args.push({ from, to: i });
      from = i + 1;
    }
  }
  args.push({ from, to: close });
  return args;
}

/**
 * The outermost CS calls within `range` of the tokens (calls nested in their arguments are found
 * by calling this again on each argument). Throws when a call is not closed.
 */
export function outermostCsCalls(tokens: readonly Token[], range: TokenRange): CsCall[] {
  const calls: CsCall[] = [];
  for (let i = range.from; i < range.to; i++) {
    const id = csFunctionId(tokens[i]);
    if (id === undefined) continue;
    const close = matchingClose(tokens, i);
    if (close < 0 || close >= range.to) throw new Error(`CS.${id}( is not closed`);
    calls.push({ id, open: i, close, args: argumentsOf(tokens, i, close) });
    i = close;
  }
  return calls;
}

/** True when the tokens hold at least one CS call. */
export const hasCsCall = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => csFunctionId(t) !== undefined);
