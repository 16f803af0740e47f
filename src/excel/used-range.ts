/**
 * The sheet's used range, for cutting whole-column references (docs/health-score.md, "Inputs and
 * settings").
 */
import type { ExcelRange } from "./excel-surface";

/** 1-based last row holding a value; 0 for an empty sheet (`getUsedRangeOrNullObject(true)`). */
export const lastUsedRow = (used: ExcelRange): number =>
  used.isNullObject ? 0 : used.rowIndex + used.rowCount;
