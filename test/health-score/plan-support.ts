/** Helpers for planner tests: plan or fail, and cell/fill lookup by A1 address. */
import {
  HealthScoreConfig,
  PlannedSheet,
  PlanSources,
  Problem,
  SheetPlan,
  planHealthScore,
} from "../../src/health-score";
import { cell } from "../../src/a1/a1";
import { MemorySheet, memorySources } from "./fixtures";

export function plan(
  config: HealthScoreConfig,
  sheets: readonly MemorySheet[],
  extra: Partial<PlanSources> = {}
): SheetPlan {
  const result = planHealthScore(config, memorySources(config, sheets, extra));
  if (Array.isArray(result))
    throw new Error(result.map((p) => `${p.code} ${p.message}`).join("\n"));
  return result;
}

export function problems(
  config: HealthScoreConfig,
  sheets: readonly MemorySheet[],
  extra: Partial<PlanSources> = {}
): Problem[] {
  const result = planHealthScore(config, memorySources(config, sheets, extra));
  return Array.isArray(result) ? result : [...result.warnings];
}

/** The formula a sheet holds at an A1 address, whether a single cell or inside a fill. */
export function formulaAt(sheet: PlannedSheet, address: string): string | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  const row = Number(match[2]);
  const found = sheet.cells.find((c) => cell(c.row, c.column) === address);
  if (found) return found.formula;
  // Only a fill's anchor row holds its template; other rows hold the moved copy.
  const fill = sheet.fills.find((f) => cell(row, f.column) === address && row === f.firstRow);
  return fill?.formula;
}

export const valueAt = (sheet: PlannedSheet, address: string) =>
  sheet.cells.find((c) => cell(c.row, c.column) === address)?.value;
