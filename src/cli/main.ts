/** Entry point of the `cs-metrics` command (bin/cs-metrics.js runs the compiled copy in lib/). */
import { USAGE, commandOf, parseArgs, parseShareArgs, requestOf } from "./args";
import { CliError, EXIT, ExitCode } from "./exit-codes";
import { HEALTH_SCORE_HELP, MAIN_HELP, SHARE_HELP } from "./help-text";
import { jsonSummary, problemLine } from "./report";
import { shareJson, shareReportLines } from "./share-report";
import { fillCounted } from "../i18n/plural";
import { CLI_VERSION } from "./version";

/** `--help` of the command named (`cs-metrics help share` too), else the general help. */
function helpFor(argv: readonly string[]): string {
  const command = argv[0] === "help" ? argv[1] : argv[0];
  if (command === "health-score") return HEALTH_SCORE_HELP;
  if (command === "share") return SHARE_HELP;
  return MAIN_HELP;
}

export interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export async function main(argv: readonly string[], io: Streams = process): Promise<ExitCode> {
  const json = argv.includes("--json");
  const share = argv[0] === "share";
  const request = requestOf(argv);
  if (request) {
    io.stdout.write(`${request === "help" ? helpFor(argv) : CLI_VERSION}\n`);
    return EXIT.built;
  }
  try {
    return commandOf(argv) === "share"
      ? await runShareCommand(argv, io)
      : await healthScore(argv, io);
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : new CliError(EXIT.io, `Unexpected failure: ${String(error)}`);
    io.stderr.write(`${failure.message}\n${failure.exitCode === EXIT.usage ? `${USAGE}\n` : ""}`);
    if (json && share) io.stdout.write(`${shareJson("", "", [], false, failure.message)}\n`);
    else if (json)
      io.stdout.write(
        `${jsonSummary({ ok: false, sheet: null, accounts: 0, problems: [], error: failure.message })}\n`
      );
    return failure.exitCode;
  }
}

// Each command loads its own modules only, so `share` and `--help` start fast.
async function healthScore(argv: readonly string[], io: Streams): Promise<ExitCode> {
  const args = parseArgs(argv);
  const { runHealthScore } = await import("./health-score-command");
  const result = await runHealthScore(args);
  const problems = result.exitCode === 0 ? result.plan.warnings : result.problems;
  for (const p of problems) io.stderr.write(`${problemLine(p)}\n`);
  const sheet = result.exitCode === 0 ? result.plan.sheets[0].name : null;
  const accounts = result.exitCode === 0 ? result.plan.accounts : 0;
  if (args.json)
    io.stdout.write(`${jsonSummary({ ok: result.exitCode === 0, sheet, accounts, problems })}\n`);
  else if (result.exitCode === 0)
    io.stdout.write(
      `${fillCounted("en", "Built {sheet}: {n, plural, one {{n} account} other {{n} accounts}}", { sheet: sheet ?? "", n: accounts })} → ${args.output}\n`
    );
  return result.exitCode;
}

async function runShareCommand(argv: readonly string[], io: Streams): Promise<ExitCode> {
  const args = parseShareArgs(argv);
  const { runShare } = await import("./share-command");
  const result = runShare(args);
  if (args.json)
    io.stdout.write(`${shareJson(args.input, args.output, result.outcomes, result.written)}\n`);
  else {
    const lines = shareReportLines(args.input, args.output, result.outcomes, result.written);
    (result.exitCode === 0 ? io.stdout : io.stderr).write(`${lines.join("\n")}\n`);
  }
  return result.exitCode;
}
