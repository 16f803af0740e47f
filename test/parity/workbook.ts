/**
 * Writes parity cases into one workbook, one sheet per spec, for a single LibreOffice run. Each
 * case is a block of rows: its number in column A, its arguments side by side from column B, its
 * native formulas on the block's first row right after them.
 */
import ExcelJS from "exceljs";
import { fileForm } from "../../src/formula/file-form";
import { nativeFormulas } from "./native";
import { Arg, ParityCase, ParitySpec } from "./parity-spec";

export interface SheetPlan {
  readonly name: string;
  readonly spec: ParitySpec;
  readonly cases: readonly ParityCase[];
}

export interface FormulaCell {
  readonly address: string;
  readonly formula: string;
}

/** Per case, its native formulas and where they are, in the order `nativeFormulas` gives them. */
export type FormulaCells = readonly (readonly FormulaCell[])[];

export async function writeParityWorkbook(
  file: string,
  plans: readonly SheetPlan[]
): Promise<Map<string, FormulaCells>> {
  const workbook = new ExcelJS.Workbook();
  const cells = new Map<string, FormulaCells>();
  for (const plan of plans) {
    const sheet = workbook.addWorksheet(plan.name);
    let top = 1;
    cells.set(
      plan.name,
      plan.cases.map((parityCase, index) => {
        sheet.getCell(top, 1).value = index + 1;
        let col = 2;
        const refs = parityCase.args.map((arg) => {
          const placed = place(sheet, arg, top, col);
          col += placed.width;
          return placed.ref;
        });
        const formulaCells = nativeFormulas(plan.spec.id, parityCase.args, refs).map(
          (formula, i) => {
            sheet.getCell(top, col + i).value = { formula: fileForm(formula) };
            return { address: address(top, col + i), formula };
          }
        );
        top += Math.max(
          1,
          ...parityCase.args.map((arg) => ("range" in arg ? arg.range.length : 1))
        );
        return formulaCells;
      })
    );
  }
  await workbook.xlsx.writeFile(file);
  return cells;
}

/** Writes one argument at (row, col); returns how the formula refers to it and its width. */
function place(sheet: ExcelJS.Worksheet, arg: Arg, row: number, col: number) {
  if ("omitted" in arg) return { ref: "", width: 0 };
  if ("value" in arg) {
    sheet.getCell(row, col).value = arg.value;
    return { ref: address(row, col), width: 1 };
  }
  arg.range.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== null) sheet.getCell(row + r, col + c).value = cell;
    })
  );
  const rows = arg.range.length;
  const cols = arg.range[0].length;
  return { ref: `${address(row, col)}:${address(row + rows - 1, col + cols - 1)}`, width: cols };
}

/** A1-style address of a 1-based row and column. */
function address(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
