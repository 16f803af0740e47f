/** The command line of `cs-metrics health-score` (spec §10.1). */
import { LOCALES, Locale } from "../health-score";
import { CliError, EXIT } from "./exit-codes";

export interface HealthScoreArgs {
  readonly input: string;
  readonly config: string;
  readonly output: string;
  readonly locale?: Locale;
  readonly force: boolean;
  readonly json: boolean;
}

export const USAGE =
  "Usage: cs-metrics health-score --input <file.xlsx|file.csv> --config <config.json> --output <out.xlsx> [--locale en|ar|fa|ro|zh-CN] [--force] [--json]";

const VALUED = ["--input", "--config", "--output", "--locale"] as const;
const FLAGS = ["--force", "--json"] as const;

export function parseArgs(argv: readonly string[]): HealthScoreArgs {
  const [command, ...rest] = argv;
  if (command !== "health-score")
    throw new CliError(
      EXIT.usage,
      command === undefined ? "No command given." : `Unknown command "${command}".`
    );
  const values: Partial<Record<(typeof VALUED)[number], string>> = {};
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const [name, inline] = rest[i].split(/=(.*)/s, 2);
    if ((VALUED as readonly string[]).includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === "")
        throw new CliError(EXIT.usage, `${name} needs a value.`);
      if (values[name as (typeof VALUED)[number]] !== undefined)
        throw new CliError(EXIT.usage, `${name} is given twice.`);
      values[name as (typeof VALUED)[number]] = value;
    } else if ((FLAGS as readonly string[]).includes(name) && inline === undefined) flags.add(name);
    else throw new CliError(EXIT.usage, `Unknown argument "${rest[i]}".`);
  }
  for (const name of ["--input", "--config", "--output"] as const)
    if (values[name] === undefined) throw new CliError(EXIT.usage, `${name} is missing.`);
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
