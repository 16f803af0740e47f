/** The shared strings part: each `<si>`'s text (its `<t>` runs, phonetic runs left out). */
import { SPREADSHEETML, scanXml } from "./xml-scan";

export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = "";
  let inPhonetic = 0;
  scanXml(xml, {
    open: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "si") current = "";
      else if (e.local === "rPh") inPhonetic++;
    },
    close: (e) => {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.local === "t" && inPhonetic === 0) current += e.text;
      else if (e.local === "rPh") inPhonetic--;
      else if (e.local === "si") strings.push(current);
    },
  });
  return strings;
}

/** The text of an inline string (`<is>`): the same rule, for one cell. */
export const inlineText = readSharedStrings;
