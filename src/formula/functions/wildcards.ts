/**
 * Text criteria of MATCH (type 0), COUNTIF and SUMIF: case-insensitive, with `*` (any run),
 * `?` (one character) and `~` taking the next character literally; so `A~1` looks for `A1`
 * and never finds the text `A~1`. A final lone `~` is not modelled.
 */
import { Unsupported } from "../values";

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

export function textMatcher(pattern: string): (text: string) => boolean {
  const lower = pattern.toLowerCase();
  if (!/[*?~]/.test(pattern)) return (text) => text === pattern || text.toLowerCase() === lower;
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~") {
      if (i + 1 === pattern.length) throw new Unsupported(`the pattern "${pattern}"`);
      source += pattern[++i].replace(SPECIAL, "\\$&");
    } else if (ch === "*") source += "[^]*";
    else if (ch === "?") source += "[^]";
    else source += ch.replace(SPECIAL, "\\$&");
  }
  const regex = new RegExp(`^${source}$`, "iu");
  return (text) => regex.test(text);
}
