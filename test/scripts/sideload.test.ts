/**
 * `npm start` / `npm stop` where desktop Excel cannot be had: one line pointing to Excel on the
 * web, exit 0, and dist/ left as it was (no development build over a production one).
 */
import { spawnSync } from "child_process";
import { join } from "path";

const { cannotSideload, SUGGESTION } = require("../../scripts/sideload.js") as {
  cannotSideload: (platform: string, resolve: (id: string) => string) => string | undefined;
  SUGGESTION: string;
};

const ROOT = join(__dirname, "..", "..");
const found = (id: string) => id;
const missing = (id: string): string => {
  throw new Error(`Cannot find module '${id}'`);
};

test.each([
  ["linux", found, "there is no desktop Excel on linux"],
  ["freebsd", missing, "there is no desktop Excel on freebsd"],
  ["win32", missing, "office-addin-debugging is not installed"],
  ["darwin", missing, "office-addin-debugging is not installed"],
  ["win32", found, undefined],
  ["darwin", found, undefined],
])("%s, office-addin-debugging %p → %p", (platform, resolve, why) => {
  expect(cannotSideload(platform, resolve)).toBe(why);
});

test.each(["start", "stop"])(
  "on Linux, `sideload %s` prints one line and builds nothing",
  (action) => {
    if (process.platform === "win32" || process.platform === "darwin") return;
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "sideload.js"), action], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      `${SUGGESTION.replace("{why}", `there is no desktop Excel on ${process.platform}`)}\n`
    );
    expect(run.stdout).toContain("Excel on the web");
  }
);
