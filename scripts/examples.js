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

/** A cell value as Excel shows it in a formula or a range listing. */
function showValue(value) {
  if (value === null) return "(blank)";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && "error" in value) return value.error;
  return JSON.stringify(value);
}

/** Values in order, a run of four or more equal ones as `60 × 10` (functions.md's notation). */
function showValues(values) {
  const parts = [];
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    const shown = showValue(values[i]);
    parts.push(...(j - i >= 4 ? [`${j - i} × ${shown}`] : Array(j - i).fill(shown)));
    i = j;
  }
  return parts.join(", ");
}

const columnName = (index) => String.fromCharCode("A".charCodeAt(0) + index);

/** `=CS.NPS(B2:B10)` plus what each range holds: `B2:B10 = 10, 9, …`. */
function renderCall(name, args) {
  const shown = [...args];
  while (shown.length > 0 && shown[shown.length - 1] === null) shown.pop(); // omitted optionals
  let column = 1;
  const ranges = [];
  const parts = shown.map((arg) => {
    if (!Array.isArray(arg)) return showValue(arg);
    const first = `${columnName(column)}2`;
    const last = `${columnName(column + arg[0].length - 1)}${arg.length + 1}`;
    const ref = first === last ? first : `${first}:${last}`;
    column += arg[0].length;
    ranges.push(`${ref} = ${showValues(arg.flat())}`);
    return ref;
  });
  return { formula: `=CS.${name}(${parts.join(", ")})`, ranges };
}

/** A result as Excel displays it: rates with the add-in's 0.0% format, others to 10 significant digits. */
function showResult(value, format) {
  if (Array.isArray(value)) return value.map((v, i) => showResult(v, format[i])).join(", ");
  if (format === "rate") return `${(value * 100).toFixed(1)}%`;
  return String(Number(value.toPrecision(10)));
}

/** Examples (rows with a value) and errors (rows with an error) of one function's table. */
function functionExamples(table) {
  const examples = [];
  const errors = [];
  for (const row of table.rows) {
    const call = { n: row.n, ...renderCall(table.function, row.args), note: row.note ?? "" };
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

module.exports = { loadCaseTables, functionExamples, renderCall, showResult };
