/**
 * `cs-metrics health-score`: reads the input and the config, plans, and writes input + new
 * sheets to the output. The input is only ever read; nothing is written unless the plan stands.
 */
import { randomBytes } from "crypto";
import { existsSync, readFileSync, realpathSync } from "fs";
import { extname, resolve } from "path";
import { Problem, SheetPlan } from "../health-score";
import { localSerialMinute } from "../health-score/local-time";
import { WorkbookReadError, buildHealthScoreFile } from "../xlsx";
import { HealthScoreArgs } from "./args";
import { CliError, EXIT } from "./exit-codes";
import { csvSheetMismatch } from "./csv-sheet-names";
import { loadConfig } from "./load-config";
import { existsError, writeOutput } from "./output-file";
import { readProblem } from "./read-problem";
import { CLI_VERSION } from "./version";

export type CommandResult =
  | { readonly exitCode: 0; readonly plan: SheetPlan }
  | { readonly exitCode: 1; readonly problems: readonly Problem[] };

/**
 * The output holds the input's package plus new sheets, so its type is the input's: a macro
 * workbook (.xlsm) stays one, everything else (.xlsx, .csv) becomes .xlsx. A name whose
 * extension says otherwise would open as the wrong type or not at all.
 */
export const outputExtension = (input: string): ".xlsx" | ".xlsm" =>
  extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";

const samePath = (a: string, b: string): boolean => {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
};

export async function runHealthScore(args: HealthScoreArgs): Promise<CommandResult> {
  if (samePath(args.input, args.output))
    throw new CliError(EXIT.usage, "--output must not be the input: the input is never modified.");
  const extension = outputExtension(args.input);
  if (extname(args.output).toLowerCase() !== extension)
    throw new CliError(
      EXIT.usage,
      `--output must end in ${extension}: the command writes ${extension === ".xlsm" ? "a macro-enabled workbook like its input" : "an Excel workbook"} (${args.output}).`
    );
  if (existsSync(args.output) && !args.force) throw existsError(args.output);
  const config = loadConfig(args.config);
  let content: Buffer;
  try {
    content = readFileSync(args.input);
  } catch (error) {
    throw new CliError(EXIT.io, readProblem("input", args.input, error));
  }
  const mismatch = csvSheetMismatch(args.input, config);
  if (mismatch) throw new CliError(EXIT.config, mismatch);
  let result;
  try {
    result = await buildHealthScoreFile({
      file: args.input,
      content,
      config: args.locale ? { ...config, locale: args.locale } : config,
      buildId: randomBytes(6).toString("hex"),
      builtAt: localSerialMinute(new Date()),
      productVersion: CLI_VERSION,
    });
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(EXIT.io, error.message);
    throw error;
  }
  if (!result.ok) return { exitCode: 1, problems: result.problems };
  const output = result.output;
  await writeOutput(args.output, args.force, (fd) => output.writeTo(fd));
  return { exitCode: 0, plan: result.plan };
}
