/**
 * First free sheet name: `Health Score`, else `Health Score (2)`, `(3)`, … ignoring case
 * (docs/health-score.md, "Languages"), never longer than Excel's 31 UTF-16 units: the suffix
 * shortens the base, not the other way.
 */
export const MAX_SHEET_NAME = 31;

/** `text` cut to at most `units` UTF-16 units, never between the halves of a surrogate pair. */
export function truncateUnits(text: string, units: number): string {
  if (text.length <= units) return text;
  const last = text.charCodeAt(units - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? units - 1 : units);
}

/** A name may not end with an apostrophe; cutting may leave one (or a space) at the end. */
const cut = (base: string, units: number): string =>
  truncateUnits(base, units).replace(/[' ]+$/, "") || truncateUnits(base, units);

export function firstFreeName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const whole = cut(base, MAX_SHEET_NAME);
  if (!used.has(whole.toLowerCase())) return whole;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
