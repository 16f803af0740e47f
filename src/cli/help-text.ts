/** What `cs-metrics --help` and each command's `--help` print: every option, the exit codes, the sample. */

const USAGE_EXIT =
  "  2  the command line is wrong (unknown option, missing value, output exists without --force)";
const IO_EXIT = "  4  a file cannot be read (missing, corrupt, password-protected) or written";

export const MAIN_HELP = [
  "cs-metrics: customer-success health scores and finance-ready copies of Excel workbooks.",
  "",
  "Usage: cs-metrics <command> [options]",
  "",
  "Commands:",
  "  health-score  Build the Health Score sheet of a workbook or CSV file from a config",
  "  share         Copy a workbook with every CS.* formula turned into Excel's own formulas or values",
  "",
  "Options:",
  "  -h, --help     Show this help (or a command's help: cs-metrics health-score --help)",
  "  -V, --version  Show the version",
  "",
  "Start with the sample: cs-metrics health-score -i samples/health-score/accounts.xlsx \\",
  "  -c samples/health-score/config.json -o health-score-demo.xlsx",
].join("\n");

export const HEALTH_SCORE_HELP = [
  "Usage: cs-metrics health-score --input <file.xlsx|file.csv> --config <config.json> --output <out.xlsx> [options]",
  "",
  "Reads the input (never changes it), scores every account as the config says, and writes the",
  "input plus a Health Score sheet to the output.",
  "",
  "Options:",
  "  -i, --input <file>    The workbook (.xlsx) or .csv file with one row per account. A .csv file",
  "                        becomes one sheet named after the file (customers.csv: customers!A1:A301)",
  "  -c, --config <file>   The config (JSON): which ranges are the ids, the metrics and their weights.",
  "                        Sample to copy: samples/health-score/config.json",
  "  -o, --output <file>   Where to write the new workbook (.xlsx)",
  "  -l, --locale <code>   Language of the sheet: en, ar, fa, ro or zh-CN (default: the config's, else en)",
  "  -f, --force           Replace the output if it exists",
  "      --json            Print a JSON summary on standard output instead of text",
  "  -h, --help            Show this help",
  "",
  "Exit codes:",
  "  0  built (warnings such as W01 are printed on standard error)",
  '  1  the workbook has problems (each printed as E08 Metrics[2] "NPS": …); nothing written',
  USAGE_EXIT,
  "  3  the config is wrong (every mistake is printed) or names a sheet the input lacks",
  IO_EXIT,
].join("\n");

export const SHARE_HELP = [
  "Usage: cs-metrics share --input <book.xlsx> --output <shared.xlsx> [options]",
  "",
  "Writes a copy that opens anywhere without the add-in: each CS.* formula becomes Excel's own",
  "formula, or its value where no formula can stand in. The input is never changed.",
  "",
  "Options:",
  "  -i, --input <file>    The workbook (.xlsx) to share",
  "  -o, --output <file>   Where to write the copy (.xlsx)",
  "      --values          Write every CS.* result as a plain value (no formulas)",
  "  -f, --force           Replace the output if it exists",
  "      --json            Print a JSON summary on standard output instead of text",
  "  -h, --help            Show this help",
  "",
  "The health-score config sample (for cs-metrics health-score): samples/health-score/config.json",
  "",
  "Exit codes:",
  "  0  written (or no CS.* formula found: nothing written)",
  "  1  some CS.* formula has no saved value to freeze (each listed); recalculate and save in Excel first",
  USAGE_EXIT,
  IO_EXIT,
].join("\n");
