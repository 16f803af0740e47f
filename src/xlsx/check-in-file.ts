/**
 * Share's decisions for a workbook file (docs/share.md): for every formula that calls a CS
 * function (cells, members of shared-formula groups, array formulas, table calculated columns,
 * defined names), the rule it gets and why, and the edits that carry it out. Pure (no I/O): the
 * reader gives the stored values, the writer (share-file.ts) applies the edits.
 *
 * The third rule in a file: the original formula is evaluated with the formula engine (its CS
 * calls by the formula core) on the stored values, and so is the native formula; they must agree
 * with each other (docs/function-contract.md, "Precision") and with the cell's cached value.
 *
 * Over 300 lines: one walk over a file's formula kinds, each with the same rule check.
 */
import { FormulaBook, FormulaValue, evaluateFormula, shiftFormula } from "../formula";
import { tokensOf } from "../formula/cache";
import { Token } from "../formula/lexer";
import { Scalar } from "../formula/values";
import { DefinedName } from "./workbook-names";
import { SheetCell, SheetCells, cellKey, rangeCells } from "./sheet-formulas";
import { TableColumn, TablePart } from "./table-columns";
import { columnLetters } from "../a1/a1";
import { FormulaConversion, convertFormula } from "../share/convert-formula";
import { coreFunctionValue } from "../share/core-functions";
import { sameValue } from "../share/same-value";
import { CheckReason, ShareOutcome, ShareReason } from "../share/share-report";

export interface FileSheet {
  readonly name: string;
  readonly cells: SheetCells;
  readonly tables: readonly TablePart[];
}

export interface FileWorkbook {
  readonly sheets: readonly FileSheet[];
  readonly names: readonly DefinedName[];
}

/** One change to a sheet, a name or a table part. */
export type ShareEdit =
  /** The cell's formula becomes `text`; `ordinary` drops shared/array attributes. */
  | { kind: "formula"; sheet: string; cell: SheetCell; text: string; ordinary: boolean }
  /** A cell a call spilled into gets its own formula (its value stays). */
  | { kind: "add-formula"; sheet: string; cell: SheetCell; text: string }
  /** The formula is dropped, the cached value stays (text becomes an inline string). */
  | { kind: "freeze"; sheet: string; cell: SheetCell }
  | { kind: "name"; name: DefinedName; text: string }
  /** A table's calculated-column formula: converted, or removed (undefined) when frozen. */
  | { kind: "table-column"; sheet: string; table: TablePart; column: TableColumn; text?: string };

export interface FileDecisions {
  readonly outcomes: readonly ShareOutcome[];
  readonly edits: readonly ShareEdit[];
  /** True when some formula was removed (the calculation chain must go). */
  readonly removesFormulas: boolean;
}

export interface DecideOptions {
  /** `--values`: the value rule for every call. */
  readonly values: boolean;
}

const isUnsupported = (v: FormulaValue): v is { unsupported: string } =>
  v !== null && typeof v === "object" && "unsupported" in v;

/** A value as a cell shows it, for the report. */
export function shown(v: FormulaValue | undefined): string {
  if (v === undefined || v === null) return "(blank)";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "error" in v ? v.error : "(not computable)";
}

const UNCACHED = "a formula cell without a cached value";

/** The engine's view of the stored workbook: constants, and formula cells' cached values. */
export function fileBook(workbook: FileWorkbook): FormulaBook {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s.cells]));
  return {
    value(sheet, row, column) {
      const cell = sheets.get(sheet)?.cells.get(cellKey(row, column));
      if (!cell) return null;
      return cell.value === undefined ? { unsupported: UNCACHED } : cell.value;
    },
    sheetNames: () => workbook.sheets.map((s) => s.name),
    usedRows: (sheet) => sheets.get(sheet)?.usedRows ?? 0,
    name(scopeSheet, name) {
      const lower = name.toLowerCase();
      const scope = workbook.sheets.findIndex((s) => s.name === scopeSheet);
      const found =
        workbook.names.find((n) => n.localSheetId === scope && n.name.toLowerCase() === lower) ??
        workbook.names.find((n) => n.localSheetId === undefined && n.name.toLowerCase() === lower);
      return found?.formula;
    },
    csFunction: coreFunctionValue,
    // The stored workbook never changes while Share reads it.
    revision: () => 0,
  };
}

interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/**
 * Why the formula's references cannot be read, or undefined: another workbook, or a name the
 * workbook does not define.
 */
function unreadableReference(formula: string, place: Place, book: FormulaBook): string | undefined {
  let tokens: Token[];
  try {
    // The engine's cache: evaluating the same text next reuses these tokens.
    tokens = tokensOf(formula);
  } catch {
    return "the formula's text";
  }
  for (const t of tokens) {
    if ("sheet" in t && t.sheet?.external) return "another workbook";
    if (t.kind === "name" && book.name(place.sheet, t.name) === undefined)
      return `the name ${t.name}`;
  }
  return undefined;
}

/** The value the original formula gives at `place` (spill: the `index`-th result). */
function evaluateAt(formula: string, place: Place, book: FormulaBook, index?: number) {
  const text = index === undefined ? formula : `INDEX(${formula},1,${index + 1})`;
  return evaluateFormula(text, place, book);
}

/** Rule 3 for one result cell: undefined when native holds, else the reason. */
function checkResult(
  original: FormulaValue,
  native: FormulaValue,
  cached: Scalar | undefined,
  functionId: string | undefined
): CheckReason | undefined {
  if (isUnsupported(original))
    return {
      id: original.unsupported === UNCACHED ? "uncached-reference" : "not-checkable",
      functionId,
    };
  if (cached !== undefined && !sameValue(original, cached))
    return { id: "stale-value", functionId, expected: shown(original), actual: shown(cached) };
  if (isUnsupported(native))
    return {
      id: native.unsupported === UNCACHED ? "uncached-reference" : "not-checkable",
      functionId,
    };
  if (!sameValue(native, original))
    return { id: "value-differs", functionId, expected: shown(original), actual: shown(native) };
  return undefined;
}

const address = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** Decides every CS formula of the workbook. */
export function decideFile(workbook: FileWorkbook, options: DecideOptions): FileDecisions {
  const book = fileBook(workbook);
  const outcomes: ShareOutcome[] = [];
  const edits: ShareEdit[] = [];
  let removesFormulas = false;

  /** The conversion of `formula` at `place`, reading single-cell arguments' stored values. */
  const convert = (formula: string, place: Place): FormulaConversion | undefined =>
    convertFormula(formula, {
      target: "file",
      cellValue: (token) => {
        if (token.kind !== "cell") return undefined;
        const sheet = token.sheet?.external ? undefined : (token.sheet?.name ?? place.sheet);
        if (sheet === undefined) return undefined;
        const v = book.value(sheet, token.cell.row.n, token.cell.column.n);
        return v === null || typeof v !== "object" ? v : undefined;
      },
    });

  for (const sheet of workbook.sheets) {
    const { cells, sharedMasters } = sheet.cells;
    /** Shared groups with a CS call: every member becomes an ordinary formula. */
    const csGroups = new Set<string>();
    for (const [si, master] of sharedMasters)
      if (master.formula && convert(master.formula.text, place(master)) !== undefined)
        csGroups.add(si);

    function place(cell: SheetCell): Place {
      return { sheet: sheet.name, row: cell.row, column: cell.column };
    }

    for (const cell of cells.values()) {
      const f = cell.formula;
      if (!f) continue;
      let text = f.text;
      let ordinary = false;
      if (f.type === "shared") {
        if (f.si === undefined || !csGroups.has(f.si)) continue;
        const master = sharedMasters.get(f.si) as SheetCell;
        text = shiftFormula(
          master.formula?.text ?? "",
          cell.row - master.row,
          cell.column - master.column
        );
        ordinary = true;
      }
      const at = place(cell);
      const conversion = convert(text, at);
      if (!conversion) continue;
      const spillCells =
        f.type === "array" ? rangeCells(f.ref).map((p) => cells.get(cellKey(p.row, p.column))) : [];
      const multi = spillCells.length > 1;
      const outcomeBase = {
        sheet: sheet.name,
        address: multi ? (f.ref as string) : address(cell.row, cell.column),
        kind: "cell" as const,
        functions: conversion.functions,
        before: text,
      };
      const freeze = (reason: ShareReason | undefined) => {
        const cached = multi
          ? spillCells.every((c) => c?.value !== undefined)
          : cell.value !== undefined;
        if (!cached) {
          outcomes.push({ ...outcomeBase, rule: "kept", reason });
          return;
        }
        outcomes.push({ ...outcomeBase, rule: "value", reason });
        edits.push({ kind: "freeze", sheet: sheet.name, cell });
        removesFormulas = true;
      };
      if (options.values) {
        freeze(undefined);
        continue;
      }
      if (conversion.rule === "value") {
        freeze(conversion.reason);
        continue;
      }
      const functionId = conversion.functions[0];
      const unreadable = unreadableReference(text, at, book);
      if (unreadable) {
        freeze({ id: "unreadable-reference", functionId, actual: unreadable });
        continue;
      }
      const forms = conversion.formulas;
      if (multi && (forms.length !== spillCells.length || spillCells.some((c) => !c))) {
        freeze({ id: "not-checkable", functionId });
        continue;
      }
      const targets = multi ? (spillCells as SheetCell[]) : [cell];
      let reason: CheckReason | undefined;
      targets.forEach((target, i) => {
        if (reason) return;
        const original = evaluateAt(text, at, book, forms.length > 1 ? i : undefined);
        const native = evaluateFormula(forms[i], place(target), book);
        reason = checkResult(original, native, target.value, functionId);
      });
      if (reason) {
        freeze(reason);
        continue;
      }
      outcomes.push({ ...outcomeBase, rule: "native", after: forms.join("\n") });
      targets.forEach((target, i) =>
        edits.push(
          i === 0
            ? {
                kind: "formula",
                sheet: sheet.name,
                cell: target,
                text: forms[0],
                ordinary: ordinary || multi,
              }
            : { kind: "add-formula", sheet: sheet.name, cell: target, text: forms[i] }
        )
      );
    }
    decideTables(sheet, convert, outcomes, edits);
  }
  decideNames(workbook, book, convert, options, outcomes, edits);
  return { outcomes, edits, removesFormulas };
}

/**
 * A table's calculated-column formula follows its cells: converted when every CS cell of the
 * column went native, removed (the column stops filling new rows) when any was frozen.
 */
function decideTables(
  sheet: FileSheet,
  convert: (formula: string, place: Place) => FormulaConversion | undefined,
  outcomes: ShareOutcome[],
  edits: ShareEdit[]
): void {
  for (const table of sheet.tables) {
    table.columns.forEach((column, i) => {
      if (!column.formula) return;
      const at = { sheet: sheet.name, row: table.top + table.headerRows, column: table.left + i };
      const conversion = convert(column.formula.text, at);
      if (!conversion) return;
      const letters = columnLetters(table.left + i);
      const cellsOfColumn = outcomes.filter(
        (o) =>
          o.sheet === sheet.name &&
          o.kind === "cell" &&
          o.address.replace(/\d+$/, "") === letters &&
          Number(o.address.slice(letters.length)) >= table.top + table.headerRows &&
          Number(o.address.slice(letters.length)) <= table.bottom - table.totalsRows
      );
      const frozen = cellsOfColumn.find((o) => o.rule !== "native");
      const base = {
        sheet: sheet.name,
        address: `${table.name}[${column.name}]`,
        kind: "table-column" as const,
        functions: conversion.functions,
        before: column.formula.text,
      };
      if (conversion.rule === "native" && !frozen) {
        const text = conversion.formulas[0];
        outcomes.push({ ...base, rule: "native", after: text });
        edits.push({ kind: "table-column", sheet: sheet.name, table, column, text });
      } else {
        const reason = conversion.rule === "value" ? conversion.reason : frozen?.reason;
        outcomes.push({ ...base, rule: "value", reason });
        edits.push({ kind: "table-column", sheet: sheet.name, table, column });
      }
    });
  }
}

/** Defined names: converted when rule 3 holds; a name has no cached value, so otherwise it stays. */
function decideNames(
  workbook: FileWorkbook,
  book: FormulaBook,
  convert: (formula: string, place: Place) => FormulaConversion | undefined,
  options: DecideOptions,
  outcomes: ShareOutcome[],
  edits: ShareEdit[]
): void {
  for (const name of workbook.names) {
    const scope =
      name.localSheetId === undefined ? undefined : workbook.sheets[name.localSheetId]?.name;
    const at = { sheet: scope ?? workbook.sheets[0]?.name ?? "", row: 1, column: 1 };
    const conversion = convert(name.formula, at);
    if (!conversion) continue;
    const base = {
      sheet: scope,
      address: name.name,
      kind: "name" as const,
      functions: conversion.functions,
      before: name.formula,
    };
    if (options.values || conversion.rule === "value") {
      outcomes.push({
        ...base,
        rule: "kept",
        reason: conversion.rule === "value" ? conversion.reason : undefined,
      });
      continue;
    }
    const functionId = conversion.functions[0];
    const unreadable = unreadableReference(name.formula, at, book);
    const reason: CheckReason | undefined = unreadable
      ? { id: "unreadable-reference", functionId, actual: unreadable }
      : conversion.formulas.length !== 1
        ? { id: "not-checkable", functionId }
        : checkResult(
            evaluateFormula(name.formula, at, book),
            evaluateFormula(conversion.formulas[0], at, book),
            undefined,
            functionId
          );
    if (reason) {
      outcomes.push({ ...base, rule: "kept", reason });
      continue;
    }
    outcomes.push({ ...base, rule: "native", after: conversion.formulas[0] });
    edits.push({ kind: "name", name, text: conversion.formulas[0] });
  }
}
