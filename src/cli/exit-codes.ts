/** Exit codes of `cs-metrics health-score` (README, "The command line"). */
export const EXIT = {
  built: 0,
  validation: 1,
  usage: 2,
  config: 3,
  io: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that ends the command with its exit code and a message for stderr. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string
  ) {
    super(message);
  }
}
