// Generates samples/functions-examples.xlsx: for every CS function, each example of its table
// (test/cases, checked against the built bundle by the tests) as a live formula beside the
// result it must show, with its data on the same sheet. Opened in Excel with the add-in loaded,
// every formula computes.
//   node scripts/functions-examples.js          check that the committed file is current
//   node scripts/functions-examples.js --write  write it
const ExcelJS = require("exceljs");
const { readFileSync } = require("fs");
const { join } = require("path");
const {
  dateFormula,
  functionExamples,
  isDateParam,
  isSerial,
  loadCaseTables,
} = require("./examples");

const OUTPUT = join(__dirname, "..", "samples", "functions-examples.xlsx");
/** Columns A–C: formula text, expected result, note; D: the live formula, which may spill 4 wide. */
const LIVE_COLUMN = 4;
const DATA_COLUMN = 10;
const HEADERS = ["Formula", "Expected result", "Note", "Result (computed by the add-in)"];

const letters = (column) => {
  let text = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    text = String.fromCharCode(65 + ((c - 1) % 26)) + text;
  return text;
};

/** A scalar argument as typed in a formula. */
function literal(value) {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return value.error;
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  return String(value);
}

/** A cell's value as exceljs writes it. */
const cellValue = (value) =>
  value !== null && typeof value === "object" && "error" in value ? { error: value.error } : value;

/** One function's sheet: a row per example, each range argument's data in columns of its own. */
function addSheet(workbook, table) {
  const sheet = workbook.addWorksheet(table.function);
  sheet.addRow(HEADERS).font = { bold: true };
  const { examples } = functionExamples(table);
  const rows = table.rows.filter(
    (row) => !(typeof row.expect === "object" && !Array.isArray(row.expect))
  );
  let column = DATA_COLUMN;
  rows.forEach((row, k) => {
    const args = [...row.args];
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    const parts = args.map((arg, a) => {
      const asDate = isDateParam(table.params[a]);
      if (!Array.isArray(arg)) return asDate && isSerial(arg) ? dateFormula(arg) : literal(arg);
      arg.forEach((cells, r) =>
        cells.forEach((v, c) => {
          if (v === null) return;
          const target = sheet.getCell(r + 2, column + c);
          target.value = cellValue(v);
          if (asDate && isSerial(v)) target.numFmt = "yyyy-mm-dd hh:mm";
        })
      );
      const ref = `${letters(column)}2:${letters(column + arg[0].length - 1)}${arg.length + 1}`;
      sheet.getCell(1, column).value = `Data of row ${k + 2}`;
      column += arg[0].length;
      return ref;
    });
    const r = k + 2;
    const example = examples[k];
    sheet.getCell(r, 1).value = `=CS.${table.function}(${parts.join(", ")})`;
    sheet.getCell(r, 2).value = example.result;
    sheet.getCell(r, 3).value = example.note;
    // As Excel stores an add-in's function in a file; with the add-in loaded it reads CS.NAME.
    sheet.getCell(r, LIVE_COLUMN).value = {
      formula: `_xldudf_CS_${table.function}(${parts.join(",")})`,
    };
  });
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 40;
  sheet.getColumn(LIVE_COLUMN).width = 16;
}

function generate() {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  const about = workbook.addWorksheet("About");
  about.getColumn(1).width = 100;
  [
    "CS Metrics for Excel: every function's examples, one sheet per function.",
    "Open this workbook in Excel with the CS Metrics add-in loaded: column D of each sheet computes the",
    "formula written in column A, and column B shows the result it must give. The data the formulas",
    "read sits on the same sheet, from column J. Regenerate with: npm run samples:functions",
  ].forEach((line) => about.addRow([line]));
  const tables = loadCaseTables();
  for (const id of [...tables.keys()].sort()) addSheet(workbook, tables.get(id));
  return workbook;
}

/** Every sheet's cells as [address, value] pairs, as read back from a file (dates as dates). */
async function contents(buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook.worksheets.map((sheet) => {
    const cells = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => cells.push([cell.address, JSON.stringify(cell.value)]))
    );
    return [sheet.name, cells];
  });
}

/** Whether the committed file holds what the tables generate now (zip timestamps aside). */
async function isCurrent() {
  const fresh = await contents(await generate().xlsx.writeBuffer());
  const committed = await contents(readFileSync(OUTPUT));
  return JSON.stringify(fresh) === JSON.stringify(committed);
}

async function main() {
  if (process.argv.includes("--write")) {
    await generate().xlsx.writeFile(OUTPUT);
    return 0;
  }
  const current = await isCurrent();
  if (!current) console.error(`${OUTPUT} is out of date: npm run samples:functions`);
  return current ? 0 : 1;
}

module.exports = { generate, isCurrent, OUTPUT };
if (require.main === module) main().then((code) => (process.exitCode = code));
