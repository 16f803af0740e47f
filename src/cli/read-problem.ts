/** A file that cannot be read, said in plain words instead of the system's ENOENT/EACCES codes. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "does not exist. Check the path (it is read relative to the current folder)",
  EISDIR: "is a folder, not a file",
  EACCES: "cannot be read: permission denied",
  EPERM: "cannot be read: permission denied",
};

/** `The input file customers.csv does not exist. …` */
export function readProblem(what: "input" | "config", file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const reason = REASONS[code] ?? `cannot be read: ${(error as Error).message}`;
  return `The ${what} file ${file} ${reason}.`;
}
