/**
 * What a writer's host read from the workbook before planning (the planner's `sources`): the values
 * of every chosen range with their types, the existing sheets with their ownership markers, and the
 * build's identity. The planner itself reads nothing.
 */

/** A cell as read: number, text, boolean, blank (null) or an Excel error such as `#N/A`. */
export type SourceValue = number | string | boolean | null | { readonly error: string };

/** A chosen range as found in the workbook. */
export interface SourceRange {
  readonly sheet: string;
  /** 1-based row and column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /** Number of areas (blocks) in the address; > 1 is E05. */
  readonly areas: number;
  /** The first column's values, top to bottom, header included. */
  readonly values: readonly SourceValue[];
  /**
   * The range was a whole-column selection, already intersected with the used range
   * (docs/health-score.md, "Inputs and settings").
   */
  readonly wholeColumn?: boolean;
}

/** `"deleted"`: the address resolves to nothing any more (`#REF!`, sheet gone): E19. */
export type ResolvedRange = SourceRange | "deleted";

export interface ExistingSheet {
  readonly name: string;
  /** The string of its `CSMetrics_Owner` name, if any. */
  readonly marker?: string;
}

export interface PlanSources {
  /** Resolved ranges by the address string used in the config. */
  readonly ranges: ReadonlyMap<string, ResolvedRange>;
  readonly sheets: readonly ExistingSheet[];
  readonly structureProtected: boolean;
  /** 12 lowercase hex digits (docs/health-score.md, "Ownership and Rebuild"); kept by Rebuild. */
  readonly buildId: string;
  /** Build time as an Excel serial date in local time. */
  readonly builtAt: number;
  /** Product version shown in panel row 3, e.g. "0.1.0". */
  readonly productVersion: string;
  /**
   * Rebuild (docs/health-score.md, "Ownership and Rebuild"): the owned score sheet rewritten in
   * place, and its paired history sheet (same buildId) if one exists; the plan keeps their names
   * instead of choosing free ones.
   */
  readonly rebuild?: { readonly sheet: string; readonly history?: string };
}

export const isNumber = (v: SourceValue): v is number => typeof v === "number";
export const isText = (v: SourceValue): v is string => typeof v === "string";
export const isError = (v: SourceValue): v is { readonly error: string } =>
  v !== null && typeof v === "object";
