/**
 * Counts in sentences, in each language's own plural forms (Intl.PluralRules: Arabic has six,
 * Romanian puts "de" from 20, Chinese has one). A template chooses its words with a block
 * `{n, plural, one {{n} cell is} other {{n} cells are}}` — ICU's syntax, so translators know it;
 * `=0 {…}` picks an exact number. The `{n}` inside is filled afterwards like any placeholder.
 */
import { fillTemplate } from "../core/errors/fill-template";

const rulesByLocale = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string): Intl.PluralRules => {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
};

/** The end of the `{…}` group opening at `open` (braces nest: a case holds `{n}` placeholders). */
function groupEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unclosed plural case in "${text}"`);
}

/** The cases of one block's body: `one {…} other {…}` → { one: "…", other: "…" }. */
function casesOf(body: string): Map<string, string> {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const key = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!key) {
      if (body.slice(i).trim() === "") break;
      throw new Error(`Bad plural case at "${body.slice(i)}"`);
    }
    const open = i + key[0].length - 1;
    const close = groupEnd(body, open);
    cases.set(key[1], body.slice(open + 1, close));
    i = close + 1;
  }
  if (!cases.has("other")) throw new Error(`A plural block needs an "other" case: "${body}"`);
  return cases;
}

/** The template with each plural block replaced by the case its count calls for in `locale`. */
export function choosePlurals(
  locale: string,
  template: string,
  params: Readonly<Record<string, unknown>>
): string {
  const start = /\{(\w+), plural,/g;
  let out = "";
  let from = 0;
  for (let match = start.exec(template); match; match = start.exec(template)) {
    const close = groupEnd(template, match.index);
    const count = Number(params[match[1]]);
    const cases = casesOf(template.slice(match.index + match[0].length, close));
    const chosen =
      cases.get(`=${count}`) ?? cases.get(rulesFor(locale).select(count)) ?? cases.get("other");
    out += template.slice(from, match.index) + choosePlurals(locale, chosen as string, params);
    from = close + 1;
    start.lastIndex = from;
  }
  return out + template.slice(from);
}

/** A template filled: plural blocks chosen by their counts, then every `{name}` replaced. */
export const fillCounted = (
  locale: string,
  template: string,
  params: Readonly<Record<string, string | number>>
): string => fillTemplate(choosePlurals(locale, template, params), params);
