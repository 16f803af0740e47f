/**
 * Column widths: a SheetPlan width is Excel's column width in characters as a file stores it
 * (`<col width>`, which the file writer writes unchanged), while Office.js sets
 * `format.columnWidth` in points. Excel turns a stored width into whole pixels with the maximum
 * digit width of the default font (ECMA-376 Part 1, §18.3.1.13 `width`):
 *   pixels = Truncate(((256 · width + Truncate(128 / MDW)) / 256) · MDW)
 * and draws at 96 pixels per inch, 72 points per inch, so points = pixels · 3/4. With Calibri 11
 * (MDW = 7 pixels) the default width 8.43 characters (stored 9.140625) is 64 px = 48 pt, and the
 * id column's 18 is 126 px = 94.5 pt: the same on-screen widths as the file writer's sheet.
 */

/** Maximum digit width in pixels of Excel's default font, Calibri 11, at 96 DPI. */
export const MAX_DIGIT_WIDTH = 7;

export function columnWidthPoints(width: number): number {
  const pixels = Math.trunc(
    ((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH)) / 256) * MAX_DIGIT_WIDTH
  );
  return (pixels * 3) / 4;
}
