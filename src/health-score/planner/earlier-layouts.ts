/**
 * Layouts of score sheets that earlier versions built, which a Snapshot still reads until the
 * sheet is rebuilt (docs/health-score.md, "Ownership and Rebuild"): before the table lost its
 * raw-value columns, one per metric sat between the id and the components, so every column
 * right of the id was `metrics` columns further right.
 */
import { Layout } from "./layout";

/** Fields that count rows or metrics, not columns. */
const COUNTS = new Set(["accounts", "metrics", "lastRow"]);

/** `l` as it was with `count` columns inserted before column 2 (raw values at 2 … 1 + count). */
export function withColumnsBeforeComponents(l: Layout, count: number): Layout {
  const shift = (n: number) => (n >= 2 ? n + count : n);
  return Object.fromEntries(
    Object.entries(l).map(([key, v]) => [
      key,
      typeof v === "function"
        ? (k: number) => shift((v as (k: number) => number)(k))
        : COUNTS.has(key) || v === undefined
          ? v
          : shift(v as number),
    ])
  ) as unknown as Layout;
}
