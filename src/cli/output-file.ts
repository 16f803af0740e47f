/** Writes the output next to its final name, then renames it: no half-written workbook is left. */
import { randomBytes } from "crypto";
import { renameSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import { CliError, EXIT } from "./exit-codes";

export function writeAtomically(file: string, content: Buffer): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(EXIT.io, `Cannot write ${file}: ${(error as Error).message}`);
  }
}
