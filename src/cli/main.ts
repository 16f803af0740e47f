/** Entry point of the `cs-metrics` command (bin/cs-metrics.js runs the compiled copy in lib/). */
import { USAGE, parseArgs } from "./args";
import { CliError, EXIT, ExitCode } from "./exit-codes";
import { runHealthScore } from "./health-score-command";
import { jsonSummary, problemLine } from "./report";

export interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export async function main(argv: readonly string[], io: Streams = process): Promise<ExitCode> {
  const json = argv.includes("--json");
  try {
    const args = parseArgs(argv);
    const result = await runHealthScore(args);
    const problems = result.exitCode === 0 ? result.plan.warnings : result.problems;
    for (const p of problems) io.stderr.write(`${problemLine(p)}\n`);
    const sheet = result.exitCode === 0 ? result.plan.sheets[0].name : null;
    const accounts = result.exitCode === 0 ? result.plan.accounts : 0;
    if (json)
      io.stdout.write(`${jsonSummary({ ok: result.exitCode === 0, sheet, accounts, problems })}\n`);
    else if (result.exitCode === 0)
      io.stdout.write(`Built ${sheet}: ${accounts} accounts → ${args.output}\n`);
    return result.exitCode;
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : new CliError(EXIT.io, `Unexpected failure: ${String(error)}`);
    io.stderr.write(`${failure.message}\n${failure.exitCode === EXIT.usage ? `${USAGE}\n` : ""}`);
    if (json)
      io.stdout.write(
        `${jsonSummary({ ok: false, sheet: null, accounts: 0, problems: [], error: failure.message })}\n`
      );
    return failure.exitCode;
  }
}
