// Function metadata per language (functions.md §9, research §5): functions-<locale>.json is the
// English functions.json with the descriptions of every function and parameter taken from the
// translation table src/functions/locales/<locale>.json. Ids, names, parameter names, types and
// help URLs stay as they are; `CS.NPS` is CS.NPS in every language.
const { readFileSync } = require("fs");
const { join } = require("path");

/** The metadata languages, as file suffixes (functions-zh-cn.json). */
const METADATA_LOCALES = ["ar", "fa", "ro", "zh-cn"];
const LOCALES_DIR = join(__dirname, "..", "src", "functions", "locales");

const tablePath = (locale) => join(LOCALES_DIR, `${locale}.json`);

/** A translation table: { [function id]: { description, parameters: { [name]: description } } }. */
function loadTable(locale) {
  return JSON.parse(readFileSync(tablePath(locale), "utf8"));
}

const isText = (value) => typeof value === "string" && value.trim() !== "";

/** What is missing from, empty in or unknown to a table, one readable line each. */
function translationProblems(metadata, table, locale) {
  const problems = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) problems.push(`${locale}: ${id} is not a function`);
  }
  for (const fn of metadata.functions) {
    const entry = table[fn.id];
    if (!entry) {
      problems.push(`${locale}: ${fn.id} is not translated`);
      continue;
    }
    const unknownKeys = Object.keys(entry).filter((k) => k !== "description" && k !== "parameters");
    for (const key of unknownKeys) problems.push(`${locale}: ${fn.id} has an unknown key "${key}"`);
    if (!isText(entry.description)) problems.push(`${locale}: ${fn.id} has no description`);
    const names = new Set(fn.parameters.map((p) => p.name));
    const parameters = entry.parameters ?? {};
    for (const name of Object.keys(parameters)) {
      if (!names.has(name)) problems.push(`${locale}: ${fn.id} has no parameter ${name}`);
    }
    for (const name of names) {
      if (!isText(parameters[name]))
        problems.push(`${locale}: ${fn.id}(${name}) is not translated`);
    }
  }
  return problems;
}

/** The metadata with every description from the table (which translationProblems accepted). */
function localizeMetadata(metadata, table) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: table[fn.id].description,
      parameters: fn.parameters.map((p) => ({
        ...p,
        description: table[fn.id].parameters[p.name],
      })),
    })),
  };
}

module.exports = {
  METADATA_LOCALES,
  loadTable,
  localizeMetadata,
  tablePath,
  translationProblems,
};
