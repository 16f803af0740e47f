/**
 * `cs-metrics share` (docs/share.md): makes a workbook correct for someone without the add-in.
 * The input is only ever read; the output is written only when every CS formula could be
 * converted or frozen, and never over the input.
 */
import { existsSync, readFileSync, realpathSync } from "fs";
import { resolve } from "path";
import { ShareOutcome } from "../share/share-report";
import { XmlError } from "../xlsx/xml-scan";
import { ZipFormatError } from "../xlsx/zip";
import { shareWorkbookFile } from "../xlsx/share-file";
import { ShareArgs } from "./args";
import { CliError, EXIT, ExitCode } from "./exit-codes";
import { writeAtomically } from "./output-file";
import { readProblem } from "./read-problem";

export interface ShareResult {
  readonly exitCode: ExitCode;
  readonly outcomes: readonly ShareOutcome[];
  /** True when the output was written. */
  readonly written: boolean;
}

/** Compound File Binary: password-protected OOXML (and legacy .xls) use this container. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));

export function runShare(args: ShareArgs): ShareResult {
  if (real(args.input) === real(args.output))
    throw new CliError(EXIT.usage, "--output must not be the input: the input is never modified.");
  let content: Buffer;
  try {
    content = readFileSync(args.input);
  } catch (error) {
    throw new CliError(EXIT.io, readProblem("input", args.input, error));
  }
  if (content.subarray(0, 8).equals(CFB_SIGNATURE))
    throw new CliError(
      EXIT.io,
      `${args.input} is password-protected (encrypted) or an old binary .xls file. Save it as an unprotected .xlsx workbook and try again.`
    );
  let result;
  try {
    result = shareWorkbookFile(content, { values: args.values });
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof XmlError || error instanceof Error)
      throw new CliError(
        EXIT.io,
        `${args.input} is not a readable .xlsx workbook (${(error as Error).message}).`
      );
    throw error;
  }
  const { outcomes, output } = result;
  if (outcomes.length === 0) return { exitCode: EXIT.built, outcomes, written: false };
  if (outcomes.some((o) => o.rule === "kept") || !output)
    return { exitCode: EXIT.validation, outcomes, written: false };
  if (existsSync(args.output) && !args.force)
    throw new CliError(EXIT.usage, `${args.output} exists. Add --force to replace it.`);
  writeAtomically(args.output, output, args.force);
  return { exitCode: EXIT.built, outcomes, written: true };
}
