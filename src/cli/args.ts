/**
 * The command lines of `cs-metrics health-score` (README, "The command line") and `cs-metrics
 * share` (docs/share.md).
 */
import { LOCALES, Locale } from "../health-score";
import { closestName } from "./did-you-mean";
import { CliError, EXIT } from "./exit-codes";

export interface HealthScoreArgs {
  readonly input: string;
  readonly config: string;
  readonly output: string;
  readonly locale?: Locale;
  readonly force: boolean;
  readonly json: boolean;
}

export interface ShareArgs {
  readonly input: string;
  readonly output: string;
  readonly values: boolean;
  readonly force: boolean;
  readonly json: boolean;
}

export const USAGE = [
  "Usage: cs-metrics health-score --input <file.xlsx|file.csv> --config <config.json> --output <out.xlsx> [--locale en|ar|fa|ro|zh-CN] [--force] [--json]",
  "       cs-metrics share --input <book.xlsx> --output <shared.xlsx> [--values] [--force] [--json]",
  "Every option and the exit codes: cs-metrics health-score --help, cs-metrics share --help",
].join("\n");

/** The usual one-letter forms; `-V` (version) and `-h` (help) are read before any command. */
const SHORT: Readonly<Record<string, string>> = {
  "-i": "--input",
  "-c": "--config",
  "-o": "--output",
  "-l": "--locale",
  "-f": "--force",
};

/**
 * What the command line asks before any command runs: help (of a command or in general), or the
 * version.
 */
export function requestOf(argv: readonly string[]): "help" | "version" | undefined {
  if (argv.some((a) => a === "--help" || a === "-h") || argv[0] === "help") return "help";
  if (argv.some((a) => a === "--version" || a === "-V")) return "version";
  return undefined;
}

/** The command named first: `health-score` or `share`. */
export function commandOf(argv: readonly string[]): "health-score" | "share" {
  const [command] = argv;
  if (command === "health-score" || command === "share") return command;
  throw new CliError(
    EXIT.usage,
    command === undefined ? "No command given." : `Unknown command "${command}".`
  );
}

/** The options after the command: values by name, flags present, each checked against its list. */
function parseOptions<V extends string>(
  rest: readonly string[],
  valued: readonly V[],
  flagNames: readonly string[],
  required: readonly V[]
): { values: Partial<Record<V, string>>; flags: Set<string> } {
  const values: Partial<Record<V, string>> = {};
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const [written, inline] = rest[i].split(/=(.*)/s, 2);
    const name = SHORT[written] ?? written;
    if ((valued as readonly string[]).includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === "")
        throw new CliError(EXIT.usage, `${name} needs a value.`);
      if (values[name as V] !== undefined)
        throw new CliError(EXIT.usage, `${name} is given twice.`);
      values[name as V] = value;
    } else if (flagNames.includes(name) && inline === undefined) flags.add(name);
    else {
      const near = written.startsWith("--")
        ? closestName(written, [...valued, ...flagNames])
        : undefined;
      throw new CliError(
        EXIT.usage,
        `Unknown argument "${rest[i]}".${near ? ` Did you mean ${near}?` : ""}`
      );
    }
  }
  for (const name of required)
    if (values[name] === undefined) throw new CliError(EXIT.usage, `${name} is missing.`);
  return { values, flags };
}

export function parseShareArgs(argv: readonly string[]): ShareArgs {
  const { values, flags } = parseOptions(
    argv.slice(1),
    ["--input", "--output"],
    ["--values", "--force", "--json"],
    ["--input", "--output"]
  );
  return {
    input: values["--input"] as string,
    output: values["--output"] as string,
    values: flags.has("--values"),
    force: flags.has("--force"),
    json: flags.has("--json"),
  };
}

export function parseArgs(argv: readonly string[]): HealthScoreArgs {
  if (commandOf(argv) !== "health-score")
    throw new CliError(EXIT.usage, `Unknown command "${argv[0]}".`);
  const { values, flags } = parseOptions(
    argv.slice(1),
    ["--input", "--config", "--output", "--locale"],
    ["--force", "--json"],
    ["--input", "--config", "--output"]
  );
  const locale = values["--locale"];
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale))
    throw new CliError(EXIT.usage, `--locale must be one of ${LOCALES.join(", ")}.`);
  return {
    input: values["--input"] as string,
    config: values["--config"] as string,
    output: values["--output"] as string,
    locale: locale as Locale | undefined,
    force: flags.has("--force"),
    json: flags.has("--json"),
  };
}
