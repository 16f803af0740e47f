// Before any test: make sure dist/ is a production build of the current sources, since the
// bundle, golden-file and browser tests check what `npm run build` ships.
const { execFileSync } = require("child_process");
const { existsSync, readdirSync, statSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..", "..");
const inputs = [
  "src",
  "test/cases",
  "assets",
  "scripts",
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
];
const outputs = [
  "functions.js",
  "functions.json",
  "taskpane.html",
  "taskpane.js",
  "help.html",
  "manifest.xml",
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs
  );
}

module.exports = async function globalSetup() {
  const dist = join(root, "dist");
  const built = outputs.every((name) => existsSync(join(dist, name)));
  const sourceTime = Math.max(
    ...inputs.filter((p) => existsSync(join(root, p))).map((p) => newestMtime(join(root, p)))
  );
  const buildTime = built
    ? Math.min(...outputs.map((name) => statSync(join(dist, name)).mtimeMs))
    : 0;
  if (!built || sourceTime > buildTime) {
    process.stdout.write(
      "\n[test setup] dist/ is missing or older than the sources: running `npm run build`…\n"
    );
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  }
};
