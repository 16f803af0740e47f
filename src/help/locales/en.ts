/**
 * The help page's own words in English, the source of its translations. `{name}` placeholders
 * are filled by the page; `{example}` in `intro` becomes a formula in code type.
 */
export const HELP_EN = {
  pageTitle: "CS Metrics function reference",
  functionTitle: "CS.{name}: CS Metrics help",
  intro:
    "Type these functions in any cell, for example {example}. Inside ranges only numbers count: blanks, text and TRUE/FALSE are skipped.",
  loading: "Loading…",
  loadFailed: "The function reference could not be loaded ({detail}). Reload the page.",
  examples: "Examples",
  errors: "Errors",
  formula: "Formula",
  result: "Result",
  note: "Note",
  message: "Message",
  advice: "What to do",
  error: "Error",
  id: "Id",
  allFunctions: "All functions",
  examplesAndErrors: "Examples and errors",
  catalogueIntro:
    "An error value in an argument is returned as it came. Otherwise the result is one of these; Excel shows the message of #VALUE! and #N/A in the cell's error menu.",
  inputMessage: "(the input's own message)",
  inputAdvice: "Fix the error in the input cell; the function passes it on unchanged.",
  range: "(range)",
  help: "Help",
  blank: "(blank)",
};

export type HelpStrings = Readonly<Record<keyof typeof HELP_EN, string>>;
