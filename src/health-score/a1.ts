/** A1 notation: column letters, cell and range references, sheet-name quoting. */

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return letters;
}

/** AA → 27; undefined when `letters` is not a column within XFD. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  const n = [...letters.toUpperCase()].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
  return n <= 16384 ? n : undefined;
}

/** `B2`, `$B$2`, `$B2` (absolute column), `B$2` (absolute row). */
export function cell(row: number, column: number, abs: "" | "$$" | "$col" | "$row" = ""): string {
  const col = (abs === "$$" || abs === "$col" ? "$" : "") + columnLetters(column);
  return col + (abs === "$$" || abs === "$row" ? "$" : "") + row;
}

/** `$B$2:$B$301`. */
export const absRange = (top: number, left: number, bottom: number, right = left): string =>
  `${cell(top, left, "$$")}:${cell(bottom, right, "$$")}`;

/** Sheet prefix for a reference: `Accounts!` or `'Q1 data'!`. */
export function sheetPrefix(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) &&
    !/^[Rr]([0-9]+)?([Cc]([0-9]+)?)?$/.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** A string literal inside a formula. */
export const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;
