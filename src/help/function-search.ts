/** The Functions tab's search: a function matches when its name or description holds every word typed. */
import { FunctionMetadata } from "./function-metadata";

/** Lower case without accents or tatweel, so "functii" finds "Funcții" and "nps" finds "NPS". */
const folded = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0640]/g, "")
    .toLocaleLowerCase();

export function searchFunctions(
  functions: readonly FunctionMetadata[],
  query: string
): readonly FunctionMetadata[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return functions;
  return functions.filter((fn) => {
    const text = folded(`${fn.name} ${fn.description ?? ""}`);
    return words.every((w) => text.includes(w));
  });
}
