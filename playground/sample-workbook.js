// The sample accounts (samples/health-score/accounts.xlsx) as the fake workbook's sheets: the
// playground opens with them and the browser tests drive the wizard on them. Read from the
// committed workbook itself, so the playground shows exactly what the CLI demo reads.
"use strict";
const ExcelJS = require("exceljs");
const { join } = require("path");

const SAMPLE = join(__dirname, "..", "samples", "health-score", "accounts.xlsx");

/** An exceljs cell value as the fake's cell input: number, text, boolean, blank or error. */
function cellInput(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "error" in value) return { error: value.error };
  if (value instanceof Date) throw new Error("The sample holds no dates; convert them first.");
  throw new Error(`Unexpected cell value in the sample: ${JSON.stringify(value)}`);
}

async function sampleWorkbook(file = SAMPLE) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const cells = [];
      for (let r = 1; r <= sheet.rowCount; r++) {
        const row = [];
        for (let c = 1; c <= sheet.columnCount; c++) row.push(cellInput(sheet.getCell(r, c).value));
        cells.push(row);
      }
      return { name: sheet.name, cells };
    }),
  };
}

module.exports = { sampleWorkbook };
