/**
 * Which texts of a planned sheet would not show in full: a label wider than its column with the
 * next cell taken (Excel cuts it off), a number whose formatted text is wider than its column
 * (Excel shows ####), a wrapped header needing more lines than its fixed row height holds.
 * Widths are estimated in Excel's width unit (one "0" of the default font, Calibri 11): 0.9 per
 * character (text is narrower than digits on average), 1.8 per East Asian wide character.
 */
import { PlannedSheet, SheetPlan } from "../../src/health-score";

const DEFAULT_WIDTH = 8.43;
const LINE_HEIGHT = 15;

export const textWidth = (text: string): number =>
  [...text].reduce(
    (sum, c) => sum + (/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u.test(c) ? 1.8 : 0.9),
    0
  );

/** The string constants of a formula, e.g. "Source deleted" of IF(…,"Source deleted",…). */
const literals = (formula: string): string[] =>
  [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')).filter(Boolean);

export interface Clip {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly needs: number;
  readonly has: number;
}

function sheetClips(plan: SheetPlan, sheet: PlannedSheet): Clip[] {
  const width = (c: number) => sheet.widths.find((w) => w.column === c)?.width ?? DEFAULT_WIDTH;
  // A row without a fixed height grows to fit its wrapped text when the workbook opens.
  const height = (r: number) => sheet.heights.find((h) => h.row === r)?.height ?? Infinity;
  const taken = new Set(sheet.cells.map((c) => `${c.row},${c.column}`));
  for (const f of sheet.fills)
    for (let r = f.firstRow; r <= f.lastRow; r++) taken.add(`${r},${f.column}`);
  const clips: Clip[] = [];
  const check = (row: number, column: number, texts: readonly string[], style?: string) => {
    const styled = style ? plan.styles[style as keyof typeof plan.styles] : undefined;
    const shown = styled?.numberFormat ? [...texts, ...literals(styled.numberFormat)] : texts;
    for (const text of shown) {
      const needs = textWidth(text) * (styled?.bold ? 1.1 : 1);
      const has = width(column);
      if (styled?.wrap) {
        const lines = Math.ceil(needs / has);
        if (lines * LINE_HEIGHT > height(row))
          clips.push({
            sheet: sheet.name,
            row,
            column,
            text,
            needs: lines * LINE_HEIGHT,
            has: height(row),
          });
      } else if (needs > has && (taken.has(`${row},${column + 1}`) || styled?.numberFormat))
        clips.push({ sheet: sheet.name, row, column, text, needs, has });
    }
  };
  for (const c of sheet.cells)
    check(
      c.row,
      c.column,
      typeof c.value === "string" ? [c.value] : c.formula ? literals(c.formula) : [],
      c.style
    );
  for (const f of sheet.fills) check(f.firstRow, f.column, literals(f.formula), f.style);
  return clips;
}

export const clippedTexts = (plan: SheetPlan): Clip[] =>
  plan.sheets.flatMap((sheet) => sheetClips(plan, sheet));
