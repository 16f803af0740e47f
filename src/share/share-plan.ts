/**
 * What Make shareable does to one formula cell in the task pane (docs/share.md, "The two rules",
 * "In the task pane"), as data: the outcome it reports and the cell writes that carry it out. The
 * pane's third rule is the read-back: after recalculation, a converted cell must show the value it
 * had (docs/function-contract.md, "Precision"), or it gets its CS formula back and is listed. Pure:
 * the edge reads and writes.
 */
import { cell as a1Cell } from "../a1/a1";
import { NATIVE_TABLE } from "../native/native-table";
import { convertFormula } from "./convert-formula";
import { MAY_CALL_CS } from "./cs-calls";
import { sameValue } from "./same-value";
import { ShareOutcome } from "./share-report";

/** A cell as `Range.values` shows it (an error as its text, "#N/A"). */
export type CellValue = number | string | boolean;

/** A formula cell as read: 0-based position, its formula (with "="), its value. */
export interface ReadCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly value: CellValue;
  /** `Range.formulas` and `values` of the cells to its right (a spilled result's cells). */
  readonly right?: readonly { readonly formula: CellValue; readonly value: CellValue }[];
}

/** What a cell receives through `Range.formulas`: a number, a text or `=formula`. */
export type CellInput = string | number;

/** One cell Make shareable changes, and how to undo it. */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** `Range.formulas` before (a spilled cell: "", it held no formula of its own). */
  readonly original: string;
  /** What is written. */
  readonly input: CellInput;
  /** What `Range.formulas` reads once written: a formula, or the frozen value. */
  readonly written: CellValue;
  /** The value the cell showed, which it must show again after recalculation. */
  readonly expected: CellValue;
}

export interface PlannedCell {
  /** The outcome if the read-back agrees (rule native or value), or kept with the reason. */
  readonly outcome: ShareOutcome;
  readonly writes: readonly CellWrite[];
}

/** Values a CS cell shows when it has no result of its own to freeze. */
const NOT_A_RESULT = new Set(["#BUSY!", "#NAME?", "#GETTING_DATA", "#CALC!", "#SPILL!"]);

/** `D4` for 0-based row 3, column 3 (Share counts as Office.js does). */
export const a1 = (row: number, column: number): string => a1Cell(row + 1, column + 1);

/** Text Excel would not keep as typed (a number, a date, TRUE, an error, "=…"): written with '. */
const REINTERPRETED = /^(=|'|[+-]?[\d.]|\s|TRUE$|FALSE$|#)|[/:%]|\s$/i;

/** What to write through `Range.formulas` so the cell holds `value` as a constant. */
export function valueInput(value: CellValue): CellInput {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value.startsWith("#") && /^#[A-Z0-9/!?_]+[!?A]$/.test(value)) return value;
  return value !== "" && REINTERPRETED.test(value) ? `'${value}` : value;
}

/**
 * The plan for one formula cell, or undefined when it calls no CS function. `protectedSheet`:
 * the cell is listed and kept, never written.
 */
export function planCell(
  sheet: string,
  cell: ReadCell,
  protectedSheet: boolean
): PlannedCell | undefined {
  if (!MAY_CALL_CS.test(cell.formula) || !cell.formula.startsWith("=")) return undefined;
  const before = cell.formula.slice(1);
  const conversion = convertFormula(before, { target: "office" });
  if (!conversion) return undefined;
  const base = { sheet, address: a1(cell.row, cell.column), kind: "cell" as const, before };
  const functions = conversion.functions;
  const kept = (reason: ShareOutcome["reason"]): PlannedCell => ({
    outcome: { ...base, functions, rule: "kept", reason },
    writes: [],
  });
  if (protectedSheet) return kept({ id: "protected-sheet" });
  const write = (column: number, original: string, input: CellInput, expected: CellValue) => ({
    sheet,
    row: cell.row,
    column,
    original,
    input,
    written: typeof input === "string" && !input.startsWith("=") ? expected : input,
    expected,
  });
  if (conversion.rule === "native") {
    const [first, ...spilled] = conversion.formulas;
    const right = cell.right ?? [];
    if (spilled.some((_, i) => String(right[i]?.formula ?? "").startsWith("=")))
      return kept({ id: "spill-blocked", functionId: functions[0] });
    const writes: CellWrite[] = [
      write(cell.column, cell.formula, `=${first}`, cell.value),
      ...spilled.map((f, i) => write(cell.column + 1 + i, "", `=${f}`, right[i]?.value ?? "")),
    ];
    const address = spilled.length
      ? `${base.address}:${a1(cell.row, cell.column + spilled.length)}`
      : base.address;
    return {
      outcome: { ...base, address, functions, rule: "native", after: first },
      writes,
    };
  }
  if (typeof cell.value === "string" && NOT_A_RESULT.has(cell.value))
    return kept({ id: "no-value", functionId: functions[0] });
  const width = spillWidth(conversion.reason.id, functions[0]);
  const values = [cell.value, ...(cell.right ?? []).slice(0, width - 1).map((r) => r.value)];
  const writes = values.map((v, i) =>
    write(cell.column + i, i === 0 ? cell.formula : "", valueInput(v), v)
  );
  return {
    outcome: { ...base, functions, rule: "value", reason: conversion.reason },
    writes: writes.map((w) => ({ ...w, written: w.expected })),
  };
}

/** A whole-cell spilled call frozen as values covers its spilled cells too. */
function spillWidth(reason: string, functionId: string | undefined): number {
  if (reason === "spill-inside-formula" || functionId === undefined) return 1;
  return NATIVE_TABLE.get(functionId)?.spill ?? 1;
}

/**
 * A defined name whose formula calls CS: listed, not changed (docs/share.md, "In the task pane").
 */
export function planName(
  name: string,
  formula: string,
  sheet: string | undefined
): ShareOutcome | undefined {
  if (!MAY_CALL_CS.test(formula)) return undefined;
  const before = formula.replace(/^=/, "");
  const conversion = convertFormula(before, { target: "office" });
  if (!conversion) return undefined;
  return {
    ...(sheet === undefined ? {} : { sheet }),
    address: name,
    kind: "name",
    functions: conversion.functions,
    rule: "kept",
    reason: { id: "defined-name" },
    before,
  };
}

/** The outcome once read back: a value that changed puts the CS formula back and lists it. */
export function readBackOutcome(
  planned: PlannedCell,
  actual: readonly unknown[]
): { readonly outcome: ShareOutcome; readonly restore: readonly CellWrite[] } {
  const i = planned.writes.findIndex((w, k) => !sameValue(actual[k], w.expected));
  if (i < 0) return { outcome: planned.outcome, restore: [] };
  const reason = {
    id: "value-differs" as const,
    functionId: planned.outcome.functions[0],
    expected: String(planned.writes[i].expected),
    actual: String(actual[i]),
  };
  const rest: ShareOutcome = { ...planned.outcome };
  delete (rest as { after?: string }).after;
  return { outcome: { ...rest, rule: "kept", reason }, restore: planned.writes };
}

/**
 * Cell writes as rectangles, one per run of consecutive rows in a column of a sheet, so a
 * column of 10,000 converted cells is one 2-D write. `value` picks what each cell receives.
 */
export function runs<W extends Pick<CellWrite, "sheet" | "row" | "column">, T>(
  writes: readonly W[],
  value: (w: W) => T
): { sheet: string; row: number; column: number; values: T[][] }[] {
  const sorted = [...writes].sort(
    (a, b) =>
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.column - b.column || a.row - b.row
  );
  const out: { sheet: string; row: number; column: number; values: T[][] }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.sheet === w.sheet &&
      last.column === w.column &&
      last.row + last.values.length === w.row
    )
      last.values.push([value(w)]);
    else out.push({ sheet: w.sheet, row: w.row, column: w.column, values: [[value(w)]] });
  }
  return out;
}
