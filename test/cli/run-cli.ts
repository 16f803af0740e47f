/** Runs the real `cs-metrics` command (bin/ + compiled lib/) in a scratch folder. */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "cs-metrics.js");

/** Compiles src/ into lib/ as `npm run build:cli` does. */
export function buildCli(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
    {
      stdio: "inherit",
    }
  );
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const scratch = (): string => mkdtempSync(join(tmpdir(), "cs-cli-"));
export const digest = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex");
export const files = (dir: string): string[] => readdirSync(dir).sort();
