/**
 * A formula as it is stored in a file. OOXML writes every function newer than Excel 2007 with the
 * `_xlfn.` prefix (`_xlfn.AGGREGATE`); Excel shows it without, and LibreOffice gives #NAME? for
 * the bare name. Office.js takes and returns formulas without the prefix.
 */
import { tokenize } from "./lexer";

/** The functions the project writes that are newer than Excel 2007 (upper case). */
export const NEWER_THAN_2007: ReadonlySet<string> = new Set([
  "AGGREGATE",
  "NORM.S.INV",
  "NORM.S.DIST",
]);

/** `formula` (without "=") with `_xlfn.` before each newer function; everything else kept. */
export function fileForm(formula: string): string {
  let out = "";
  let copied = 0;
  for (const t of tokenize(formula)) {
    if (t.kind === "function" && NEWER_THAN_2007.has(t.name)) {
      out += `${formula.slice(copied, t.start)}_xlfn.`;
      copied = t.start;
    }
  }
  return out + formula.slice(copied);
}
