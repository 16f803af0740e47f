/**
 * Creates the output through a temporary file beside it, so no half-written workbook is ever
 * seen: without --force the final name is taken by a hard link, which fails if the name exists
 * (two runs at once: exactly one wins); with --force by a rename. The temporary file is removed
 * on every failure and when the process is interrupted (SIGINT, SIGTERM).
 */
import { randomBytes } from "crypto";
import {
  closeSync,
  constants,
  copyFileSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "fs";
import { basename, dirname, join } from "path";
import { CliError, EXIT } from "./exit-codes";

export const existsError = (file: string): CliError =>
  new CliError(EXIT.usage, `${file} exists. Add --force to replace it.`);

/** Plain words for the errors a user can fix; anything else keeps the system's message. */
function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "its folder does not exist";
    case "ENOTDIR":
      return "part of its folder path is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "the disk is full";
    case "EISDIR":
      return "it is a folder";
    default:
      return error.message;
  }
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

const temporaryBeside = (file: string): string =>
  join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);

const cannotWrite = (file: string, error: unknown): CliError =>
  error instanceof CliError
    ? error
    : new CliError(EXIT.io, `Cannot write ${file}: ${reason(error as NodeJS.ErrnoException)}.`);

function openTemporary(file: string, temporary: string): number {
  try {
    return openSync(temporary, "wx");
  } catch (error) {
    throw cannotWrite(file, error);
  }
}

/** Closes the filled temporary file and gives it the final name; removes it whatever happens. */
function publish(temporary: string, file: string, force: boolean): void {
  try {
    if (force) renameSync(temporary, file);
    else claim(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Streams the output into place (`write` fills the open file); see the header. */
export async function writeOutput(
  file: string,
  force: boolean,
  write: (fd: number) => Promise<void>
): Promise<void> {
  const temporary = temporaryBeside(file);
  const fd = openTemporary(file, temporary);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    try {
      await write(fd);
    } finally {
      closeSync(fd);
    }
    publish(temporary, file, force);
  } catch (error) {
    throw cannotWrite(file, error);
  } finally {
    rmSync(temporary, { force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
}

/** The same for content already in memory (cs-metrics share). */
export function writeAtomically(file: string, content: Buffer, force: boolean): void {
  const temporary = temporaryBeside(file);
  const fd = openTemporary(file, temporary);
  try {
    try {
      writeFileSync(fd, content);
    } finally {
      closeSync(fd);
    }
    publish(temporary, file, force);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(file, error);
  }
}

/** Gives `temporary` the name `file` unless that name exists, atomically. */
function claim(temporary: string, file: string): void {
  try {
    linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw existsError(file);
    // File systems without hard links: an exclusive copy is still no-clobber.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    try {
      copyFileSync(temporary, file, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === "EEXIST") throw existsError(file);
      throw copyError;
    }
  }
  unlinkSync(temporary);
}
