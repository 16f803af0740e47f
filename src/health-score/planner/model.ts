/** Everything the sheet builders share once validation has passed. */
import { cell, sheetPrefix } from "../../a1/a1";
import { OutputStrings } from "../locales/en";
import { PlanSources } from "../sources";
import { Layout } from "./layout";
import { RoleSource, Roles } from "./roles";
import { ValidSettings } from "./settings";

export interface Model {
  readonly l: Layout;
  readonly s: OutputStrings;
  readonly roles: Roles & { readonly ids: RoleSource };
  readonly settings: ValidSettings;
  readonly sources: PlanSources;
  readonly sheetName: string;
  readonly historySheet?: string;
  /** Panel row 3. */
  readonly sourceText: string;
  /** Data rows of a role as text, e.g. `Accounts!G2:G301`. */
  readonly sourceAddress: (role: RoleSource | undefined) => string;
}

/** A role's data rows: `Accounts!G2:G301`, or `Accounts!$G$2:$G$301` for source names. */
export function dataRange(role: RoleSource | undefined, rows: number, abs: "" | "$$"): string {
  const range = role?.range;
  if (!role || !range) return "";
  const last = role.firstDataRow + rows - 1;
  return `${sheetPrefix(range.sheet)}${cell(role.firstDataRow, range.left, abs)}:${cell(last, range.left, abs)}`;
}

/**
 * Metric k's source values, absolute (`Accounts!$G$2:$G$301`): what the per-metric statistics
 * read. Never a column of formulas: LibreOffice 7.4's threaded formula groups (on by default)
 * compute COUNT/MIN/MAX over one as if it were empty while the component group that reads them
 * runs in threads (docs/health-score.md, "LibreOffice").
 */
export const metricSource = (model: Model, k: number): string =>
  dataRange(model.roles.metrics[k], model.l.accounts, "$$");

/** Relative-row reference to a role's cell aligned with output row 2 (`Accounts!$G2`). */
export const alignedSource = (role: RoleSource): string =>
  role.range
    ? sheetPrefix(role.range.sheet) + cell(role.firstDataRow, role.range.left, "$col")
    : "";
