/**
 * The SheetPlan (docs/health-score.md): everything a writer applies, as data. Rows and columns are
 * 1-based. A column fill is one A1 formula written for its first row (its anchor); every other row
 * of the span gets the same formula with relative references moved, as Excel's fill-down does
 * (`Range.copyFrom` in Office.js, a shared formula in a file).
 */
import type { Rect } from "../a1/a1";
import { Locale } from "./config";
import { Problem } from "./problems";

/** The plan's rectangles are src/a1's, 1-based. */
export type { Rect };

/** Formula text without the leading "=", in A1 notation with English function names. */
export type Formula = string;

export interface PlannedCell {
  readonly row: number;
  readonly column: number;
  readonly value?: string | number;
  readonly formula?: Formula;
  readonly style?: StyleKey;
}

export interface ColumnFill {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The formula of `firstRow`. */
  readonly formula: Formula;
  readonly style?: StyleKey;
}

export interface CellStyle {
  readonly bold?: boolean;
  /** RRGGBB */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
}

export type StyleKey = string;

export type ConditionalFormat =
  | {
      readonly kind: "formula";
      readonly range: Rect;
      /** Written for the top-left cell of `range`. */
      readonly formula: Formula;
      readonly fill?: string;
      readonly fontColor?: string;
    }
  | {
      readonly kind: "dataBar";
      readonly range: Rect;
      readonly min: number;
      readonly max: number;
      readonly color: string;
    }
  | {
      readonly kind: "colorScale";
      readonly range: Rect;
      readonly stops: readonly { readonly value: number; readonly color: string }[];
    };

export interface Validation {
  readonly range: Rect;
  readonly type: "decimal";
  readonly operator: "greaterThan" | "between";
  readonly values: readonly number[];
  readonly promptTitle: string;
  readonly prompt: string;
}

export interface DefinedName {
  readonly name: string;
  /** Formula without "=": a reference or a string constant such as `"cs-metrics:…"`. */
  readonly formula: Formula;
  readonly hidden: boolean;
}

/** A run of whole rows or columns, 1-based, inclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * How the sheet prints (docs/health-score.md, "Printing"): both writers apply these fields as they
 * are. `header` and `footer` use Excel's header codes (`&A` sheet name, `&P` page, `&N` pages),
 * centred.
 */
export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  /** Pages wide the print areas are scaled to; `fitToHeight` 0 = as many pages tall as needed. */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  /** Repeated at the top of every page. */
  readonly titleRows: Span;
  /** Printed one after the other, each starting on a new page. */
  readonly areas: readonly Rect[];
  readonly header: string;
  readonly footer: string;
}

/**
 * Helper columns grouped (outline level 1) and collapsed, so they neither show nor print until
 * someone expands them.
 */
export interface Outline {
  readonly columns: readonly Span[];
}

export interface PlannedSheet {
  readonly name: string;
  readonly kind: "score" | "history";
  readonly cells: readonly PlannedCell[];
  readonly fills: readonly ColumnFill[];
  readonly widths: readonly { readonly column: number; readonly width: number }[];
  /** Row heights in points, for rows whose wrapped text needs more than one line. */
  readonly heights: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: Rect;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly Validation[];
  /** Sheet-scoped names (the marker, source names, header flags). */
  readonly names: readonly DefinedName[];
  readonly rightToLeft: boolean;
  readonly print?: PrintSetup;
  readonly outline?: Outline;
}

export interface SheetPlan {
  readonly locale: Locale;
  readonly buildId: string;
  readonly accounts: number;
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
  /** Score sheet first; it is the one to activate. */
  readonly sheets: readonly PlannedSheet[];
  /** Warnings that did not block the plan. */
  readonly warnings: readonly Problem[];
}
