/** The parts of the generated functions.json that the pane and the help page read. */
export interface FunctionParameter {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly dimensionality?: "scalar" | "matrix";
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly FunctionParameter[];
}

export interface FunctionsJson {
  readonly functions: readonly FunctionMetadata[];
}

export const NAMESPACE = "CS";

/** `=CS.CLV(average_purchase_value, …, [gross_margin])`, as Excel's own help writes syntax. */
export function syntaxOf(fn: FunctionMetadata): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

/** Loads functions.json from the add-in's own origin. */
export async function loadFunctions(url = "functions.json"): Promise<readonly FunctionMetadata[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return ((await response.json()) as FunctionsJson).functions;
}
