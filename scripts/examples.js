// The spec tables (test/cases/*.json) as documentation: each row becomes an example formula with
// its result, or an error with its cause. One model feeds the README, docs/functions.md and the
// help page. Values come from the tables, which the tests check against the built bundle.
const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");

const CASES_DIR = join(__dirname, "..", "test", "cases");

function loadCaseTables() {
  const tables = new Map();
  for (const name of readdirSync(CASES_DIR).filter((n) => n.endsWith(".json"))) {
    const table = JSON.parse(readFileSync(join(CASES_DIR, name), "utf8"));
    tables.set(table.function, table);
  }
  return tables;
}

/** Arguments that hold dates (Excel serials in the tables): shown as dates, as a user types them. */
const isDateParam = (name) => /date|period_/.test(name ?? "");

/** Excel's serial `serial` (days since 1899-12-30) as the date, and the time when not midnight. */
function serialDate(serial) {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** A date argument typed in a formula: DATE(2024,1,1), with the time added when there is one. */
function dateFormula(serial) {
  const [y, m, d] = serialDate(serial).slice(0, 10).split("-").map(Number);
  const day = `DATE(${y},${m},${d})`;
  const fraction = serial - Math.floor(serial);
  return fraction === 0 ? day : `${day}+${Number(fraction.toPrecision(6))}`;
}

/** Integers that can be dates: a date argument's numbers, positive and in Excel's range. */
const isSerial = (value) => typeof value === "number" && value >= 1 && value < 2958466;

/** A cell value as Excel shows it in a formula or a range listing (dates as dates). */
function showValue(value, asDate = false) {
  if (asDate && isSerial(value)) return serialDate(value);
  if (value === null) return "(blank)";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return value.error;
  return JSON.stringify(value);
}

/** Values in order, a run of four or more equal ones as `60 × 10` (functions.md's notation). */
function showValues(values, asDate) {
  const parts = [];
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    const shown = showValue(values[i], asDate);
    parts.push(...(j - i >= 4 ? [`${j - i} × ${shown}`] : Array(j - i).fill(shown)));
    i = j;
  }
  return parts.join(", ");
}

const columnName = (index) => String.fromCharCode("A".charCodeAt(0) + index);

/** `=CS.NPS(B2:B10)` plus what each range holds: `B2:B10 = 10, 9, …`. */
function renderCall(name, args, params = []) {
  const shown = [...args];
  while (shown.length > 0 && shown[shown.length - 1] === null) shown.pop(); // omitted optionals
  let column = 1;
  const ranges = [];
  const parts = shown.map((arg, k) => {
    const asDate = isDateParam(params[k]);
    if (!Array.isArray(arg)) return asDate && isSerial(arg) ? dateFormula(arg) : showValue(arg);
    const first = `${columnName(column)}2`;
    const last = `${columnName(column + arg[0].length - 1)}${arg.length + 1}`;
    const ref = first === last ? first : `${first}:${last}`;
    column += arg[0].length;
    ranges.push(`${ref} = ${showValues(arg.flat(), asDate)}`);
    return ref;
  });
  return { formula: `=CS.${name}(${parts.join(", ")})`, ranges };
}

/**
 * A result as a user sees it: rates in the add-in's 0.0% format, other numbers rounded to two
 * decimals as a cell formatted with at most two shows them (-11.11, not -11.11111111).
 */
function showResult(value, format) {
  if (Array.isArray(value)) return value.map((v, i) => showResult(v, format[i])).join(", ");
  if (format === "rate") return `${(value * 100).toFixed(1)}%`;
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * The note of a table row for readers: the tables' working references (the seed a value came
 * from, a fixture, a section number) removed; a note that is nothing else is dropped.
 */
function userNote(note) {
  const text = (note ?? "")
    .replace(/^seed \d+(?: rule)?: /, "")
    .replace(/^oracle fixture [^,]+, /, "")
    .replace(/ \(§[^)]*\)/g, "")
    .replace(/\b4\d{4}(?:\.\d+)?\b/g, (serial) => serialDate(Number(serial)));
  return /seed \d|oracle|fixture|§/.test(text) ? "" : text;
}

/** Examples (rows with a value) and errors (rows with an error) of one function's table. */
function functionExamples(table) {
  const examples = [];
  const errors = [];
  for (const row of table.rows) {
    const call = {
      n: row.n,
      ...renderCall(table.function, row.args, table.params),
      note: userNote(row.note),
    };
    if (typeof row.expect === "object" && !Array.isArray(row.expect)) {
      errors.push({
        ...call,
        error: row.expect.error,
        id: row.expect.id,
        message: row.expect.message,
      });
    } else {
      examples.push({ ...call, result: showResult(row.expect, table.result) });
    }
  }
  return { examples, errors };
}

module.exports = {
  loadCaseTables,
  functionExamples,
  renderCall,
  showResult,
  userNote,
  serialDate,
  isDateParam,
  isSerial,
  dateFormula,
};
