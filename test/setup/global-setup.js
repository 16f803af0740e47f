// Before any test: make sure dist/ (the add-in) and dist-playground/ (the playground the browser
// tests drive) are production builds of the current sources, since the bundle, golden-file and
// browser tests check what the builds ship.
//
// Staleness: webpack leaves unchanged outputs with their old mtimes, so output mtimes cannot say
// whether a build ran. Each build done here writes a stamp file after it succeeds; a build is
// current when its stamp exists, is newer than every source, and no output was written after it
// (by a development build, say).
const { execFileSync } = require("child_process");
const { existsSync, readdirSync, statSync, writeFileSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..", "..");
const STAMP = ".test-build-stamp";

const builds = [
  {
    dir: "dist",
    script: "build",
    inputs: [
      "src",
      "test/cases",
      "assets",
      "scripts",
      "manifest.xml",
      "webpack.config.js",
      "tsconfig.json",
      "tsconfig.build.json",
      "package.json",
    ],
    outputs: [
      "functions.js",
      "functions.json",
      "taskpane.html",
      "taskpane.js",
      "help.html",
      "manifest.xml",
    ],
  },
  {
    dir: "dist-playground",
    script: "build:playground",
    inputs: [
      "src",
      "playground",
      "test-double",
      "samples/health-score",
      "assets",
      "tsconfig.json",
      "package.json",
    ],
    outputs: ["index.html", "playground.js", "sample-workbook.json", "office.css"],
  },
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs
  );
}

/** Why `build` must run, or undefined when its outputs are current. */
function staleness({ dir, inputs, outputs }) {
  const out = join(root, dir);
  const stamp = join(out, STAMP);
  if (!existsSync(stamp)) return "not built by the tests yet";
  if (!outputs.every((name) => existsSync(join(out, name)))) return "outputs missing";
  const built = statSync(stamp).mtimeMs;
  const present = inputs.filter((p) => existsSync(join(root, p)));
  if (present.some((p) => newestMtime(join(root, p)) > built)) return "sources changed";
  if (outputs.some((name) => statSync(join(out, name)).mtimeMs > built)) return "rebuilt since";
  return undefined;
}

module.exports = async function globalSetup() {
  for (const build of builds) {
    const reason = staleness(build);
    if (reason === undefined) continue;
    process.stdout.write(
      `\n[test setup] ${build.dir}/: ${reason}; running \`npm run ${build.script}\`…\n`
    );
    execFileSync("npm", ["run", build.script, "--silent"], { cwd: root, stdio: "inherit" });
    writeFileSync(join(root, build.dir, STAMP), `${new Date().toISOString()}\n`);
  }
};
