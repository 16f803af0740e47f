/**
 * System programs some tests need. `npm test` installs a missing one with apt-get when it runs
 * as root on Debian/Ubuntu (as CI does); otherwise it fails with the exact command to type.
 * Never skips silently.
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";

export function ensureDebianPackage(binary: string, aptPackages: readonly string[]): string {
  if (existsSync(binary)) return binary;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${aptPackages.join(" ")}`;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`${binary} is missing. Install it with:\n  sudo sh -c '${command}'`);
  }
  process.stdout.write(`[test setup] ${binary} is missing; installing: ${command}\n`);
  execFileSync("sh", ["-c", command], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!existsSync(binary)) throw new Error(`${binary} still missing after: ${command}`);
  return binary;
}

export const ensureChromium = () => ensureDebianPackage("/usr/bin/chromium", ["chromium"]);

/** A CJK font, so zh-CN screenshots show characters instead of boxes. */
export const ensureCjkFont = () =>
  ensureDebianPackage("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", ["fonts-wqy-microhei"]);
