/**
 * A pseudo-locale for finding layout that breaks in translation: every string keeps its meaning
 * but is accented and about 40 % longer, between brackets, "[Ĥéåļţĥ Šçöŕé ~~~~~]", the growth
 * German or Romanian text often brings. Clipped text then shows as a missing "]". Placeholders
 * ({name}), Unicode isolates and the text inside them (values, formulas) are left as they are.
 */
import type { Page } from "playwright-core";

/**
 * The pseudo-translation of `text`. Self-contained (no outside names), so a test can also send
 * it into a browser page with `page.evaluate`.
 */
export function pseudoLocalize(text: string): string {
  const accents: Record<string, string> = {
    a: "å",
    b: "ƀ",
    c: "ç",
    d: "ð",
    e: "é",
    f: "ƒ",
    g: "ĝ",
    h: "ĥ",
    i: "î",
    j: "ĵ",
    k: "ķ",
    l: "ļ",
    m: "ɱ",
    n: "ñ",
    o: "ö",
    p: "þ",
    q: "ǫ",
    r: "ŕ",
    s: "š",
    t: "ţ",
    u: "û",
    v: "ṽ",
    w: "ŵ",
    x: "ẋ",
    y: "ý",
    z: "ž",
    A: "Å",
    B: "Ɓ",
    C: "Ç",
    D: "Ð",
    E: "É",
    F: "Ƒ",
    G: "Ĝ",
    H: "Ĥ",
    I: "Î",
    J: "Ĵ",
    K: "Ķ",
    L: "Ļ",
    M: "Ṁ",
    N: "Ñ",
    O: "Ö",
    P: "Þ",
    Q: "Ǫ",
    R: "Ŕ",
    S: "Š",
    T: "Ţ",
    U: "Û",
    V: "Ṽ",
    W: "Ŵ",
    X: "Ẋ",
    Y: "Ý",
    Z: "Ž",
  };
  if (text.trim() === "") return text;
  const kept = /(\{\w+\}|[\u2066-\u2068][^\u2069]*\u2069)/u;
  const accented = text
    .split(kept)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => accents[c])))
    .join("");
  // Growth as words of up to five characters, so it wraps as a translation would.
  const growth = Math.max(1, Math.ceil(text.replace(/\{\w+\}/g, "").length * 0.4));
  const padding = "~".repeat(growth).replace(/~{5}(?=~)/g, "$& ");
  return `[${accented} ${padding}]`;
}

/** Every string value of `table` pseudo-localised, same keys. */
export function pseudoTable<T extends Readonly<Record<string, string>>>(table: T): T {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [key, pseudoLocalize(value)])
  ) as T;
}

/**
 * Pseudo-localises every text node of a rendered page except those inside `keep` (code,
 * formulas, left-to-right values, names marked translate="no"), as a translated page would.
 */
export async function pseudoLocalizePage(
  page: Page,
  keep = "code, pre, body [dir=ltr], [translate=no]"
): Promise<void> {
  await page.evaluate(
    ({ source, keep }) => {
      const localize = new Function(`return (${source})`)() as (text: string) => string;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      for (const node of nodes)
        if (!node.parentElement?.closest(keep)) node.data = localize(node.data);
      document.title = localize(document.title);
    },
    { source: pseudoLocalize.toString(), keep }
  );
}

/** An element whose content is wider than its box: text the reader cannot see in full. */
export interface Clipped {
  readonly element: string;
  readonly text: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/**
 * Elements whose content overflows their width (scrollWidth > clientWidth), innermost only, as
 * Chromium lays the page out at the current viewport.
 */
export async function clippedElements(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const all = Array.from(document.body.querySelectorAll<HTMLElement>("*"));
    const over = all.filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1);
    return over
      .filter((e) => !over.some((o) => o !== e && e.contains(o)))
      .map((e) => ({
        element: `${e.tagName.toLowerCase()}${e.className ? `.${e.className}` : ""}`,
        text: (e.textContent ?? "").slice(0, 80),
        scrollWidth: e.scrollWidth,
        clientWidth: e.clientWidth,
      }));
  });
}
