/** The examples and errors of each function, from its spec table (emitted by the build). */

/** How scripts/examples.js lists an empty cell in a range ("B2:B4 = 7, (blank), 3"). */
export const BLANK_CELL = "(blank)";
export interface HelpCall {
  readonly n: number;
  readonly formula: string;
  /** What each range in the formula holds, e.g. "B2:B10 = 10, 9, 9". */
  readonly ranges: readonly string[];
  readonly note: string;
}

export interface HelpExample extends HelpCall {
  readonly result: string;
}

export interface HelpError extends HelpCall {
  readonly error: string;
  readonly id: string;
  readonly message: string;
}

export type FunctionHelp = Readonly<
  Record<
    string,
    { readonly examples: readonly HelpExample[]; readonly errors: readonly HelpError[] }
  >
>;

export async function loadFunctionHelp(url = "function-help.json"): Promise<FunctionHelp> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return (await response.json()) as FunctionHelp;
}
