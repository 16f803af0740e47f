// Generates docs/native-formulas.md from the native-formula table (src/native): for every
// function the Excel 2010 formulas "Share with finance" writes in its place, with the parameter
// names standing for the arguments, the SUMPRODUCT form where a range argument is not a cell
// range, the defaults of omitted arguments, or "none" with the reason. Nothing in it is written
// by hand. The table is read compiled, from lib/ (`npm run build:cli`, which `npm run docs` runs).
//   node scripts/native-formulas-doc.js          print it
//   node scripts/native-formulas-doc.js --write  write docs/native-formulas.md
const { existsSync } = require("fs");
const { join } = require("path");
const { printOrWrite } = require("./generated-doc");

const OUTPUT = join(__dirname, "..", "docs", "native-formulas.md");
const COMPILED = join(__dirname, "..", "lib", "native", "native-table.js");
const cell = (text) => String(text).replace(/\|/g, "\\|");
const code = (text) => `\`${text}\``;

/** NATIVE_TABLE and NO_NATIVE_REASONS as `npm run build:cli` compiled them. */
function loadTable() {
  if (!existsSync(COMPILED)) throw new Error(`${COMPILED} is missing: run npm run build:cli`);
  return require(COMPILED);
}

/**
 * The calls a section shows, each as the NativeArgs a converter would build: `given` params
 * written (an option-choosing one once per option), the trailing optional ones from `omitFrom`
 * omitted, range arguments references or not.
 */
function argsOf(entry, choice, omitFrom, rangesAreReferences) {
  const args = [];
  entry.params.forEach((param, i) => {
    if (i >= omitFrom) {
      args.push({ text: param.default(args), omitted: true, isReference: false });
    } else if (choice[i] !== undefined) {
      args.push({ text: `"${choice[i]}"`, omitted: false, isReference: false, value: choice[i] });
    } else {
      const isReference = param.kind === "scalar" || rangesAreReferences;
      args.push({ text: param.name, omitted: false, isReference });
    }
  });
  return args;
}

/** Every combination of the options of option-choosing params (one empty choice when none). */
function choices(entry) {
  return entry.params.reduce(
    (partial, param) =>
      partial.flatMap((choice) =>
        (param.options ?? [undefined]).map((option) => [...choice, option])
      ),
    [[]]
  );
}

function formsText(forms, reasons) {
  if ("none" in forms) return `none: ${reasons[forms.none]}`;
  if (forms.forms.length === 1) return code(`=${forms.forms[0]}`);
  return forms.forms.map((formula, i) => `${i + 1}. ${code(`=${formula}`)}`).join("<br>");
}

function section(entry, reasons) {
  const written = (args) =>
    args.flatMap((arg) => (arg.omitted ? [] : [arg.value === undefined ? arg.name : arg.text]));
  const call = (args) => code(`=CS.${entry.id}(${written(args).join(", ")})`);
  const ranges = entry.params.filter((p) => p.kind === "range").map((p) => code(p.name));
  const asRanges =
    ranges.length === 1 ? `${ranges[0]} a cell range` : `${ranges.join(", ")} cell ranges`;
  const notRanges = `${ranges.join(" or ")} a calculation or an array`;
  const firstOptional = entry.params.findIndex((p) => p.optional);
  const omissions = [];
  for (let i = entry.params.length - 1; firstOptional >= 0 && i >= firstOptional; i--) {
    omissions.push(i);
  }
  const named = (choice, omitFrom, refs) =>
    argsOf(entry, choice, omitFrom, refs).map((arg, i) => ({ ...arg, name: entry.params[i].name }));
  const rows = [];
  for (const choice of choices(entry)) {
    const shown = (omitFrom, refs) => named(choice, omitFrom, refs);
    const all = shown(entry.params.length, true);
    const formsAll = entry.native(all);
    const asExpressions = entry.native(shown(entry.params.length, false));
    const differs = JSON.stringify(asExpressions) !== JSON.stringify(formsAll);
    rows.push([call(all), differs ? asRanges : "", formsText(formsAll, reasons)]);
    if (differs) rows.push([call(all), notRanges, formsText(asExpressions, reasons)]);
  }
  // Omitted trailing arguments, once per choice of the options still written before them.
  for (const omitFrom of omissions) {
    const seen = new Set();
    for (const choice of choices(entry)) {
      const kept = choice.map((option, i) => (i < omitFrom ? option : undefined));
      if (seen.has(JSON.stringify(kept))) continue;
      seen.add(JSON.stringify(kept));
      const args = named(kept, omitFrom, true);
      rows.push([call(args), "", formsText(entry.native(args), reasons)]);
    }
  }
  const defaults = entry.params.flatMap((param, i) => {
    if (!param.optional) return [];
    const earlier = argsOf(entry, [], entry.params.length, true).slice(0, i);
    return [`${code(param.name)} ${code(param.default(earlier))}`];
  });
  const signature = entry.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  const lines = [`## CS.${entry.id}`, "", code(`=CS.${entry.id}(${signature})`), ""];
  if (entry.spill) lines.push(`Spills ${entry.spill} cells: one native formula per cell.`, "");
  if (defaults.length > 0) {
    lines.push(`Omitted arguments are written as their defaults: ${defaults.join(", ")}.`, "");
  }
  lines.push("| Call | Where | Native formula |", "|---|---|---|");
  for (const [calling, where, formula] of rows) {
    lines.push(`| ${cell(calling)} | ${cell(where)} | ${cell(formula)} |`);
  }
  return lines.join("\n");
}

/** The document, from the table module's NATIVE_TABLE and NO_NATIVE_REASONS. */
function generate({ NATIVE_TABLE, NO_NATIVE_REASONS } = loadTable()) {
  const entries = [...NATIVE_TABLE.values()];
  const index = entries.map((e) => `[CS.${e.id}](#cs${e.id.toLowerCase()})`).join(" · ");
  return [
    "<!-- Generated by `npm run docs` from the native-formula table (src/native); do not edit. -->",
    "# Native formulas",
    "",
    'What "Share with finance" writes in place of each CS function: Excel 2010 formulas, also right in LibreOffice 7.4, that give the function\'s value on valid data. Each parameter name stands for the argument as written in the call. The native formulas do not validate: on invalid data they may give a number where the function gives an error, so a cell whose value would change keeps its value instead. COUNTIF, COUNTIFS and SUMIFS accept only cell ranges; where such an argument is a calculation or an array, the SUMPRODUCT form is written, or the cell keeps its value when there is none.',
    "",
    index,
    "",
    ...entries.map((entry) => section(entry, NO_NATIVE_REASONS) + "\n"),
  ].join("\n");
}

if (require.main === module) printOrWrite(OUTPUT, () => generate());

module.exports = { generate, OUTPUT };
