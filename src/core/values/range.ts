/**
 * Range arguments (docs/function-contract.md, "Arguments"): a 2-D array read row-major; a scalar
 * passed where a range is expected is a 1×1 range.
 */
export type Range = readonly (readonly unknown[])[];

export function asRange(value: unknown): Range {
  return Array.isArray(value)
    ? value.length > 0 && Array.isArray(value[0])
      ? value
      : [value]
    : [[value]];
}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function shapeOf(range: Range): Shape {
  return { rows: range.length, cols: range.length > 0 ? range[0].length : 0 };
}

/** 1-based row-major position of an item, as error messages show it. */
export interface ItemPosition {
  readonly item: number;
  readonly row: number;
  readonly col: number;
}

export function positionOf(range: Range, rowIndex: number, colIndex: number): ItemPosition {
  return { item: rowIndex * range[0].length + colIndex + 1, row: rowIndex + 1, col: colIndex + 1 };
}
