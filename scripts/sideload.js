// `npm start` / `npm stop`: sideloads the add-in into desktop Excel (or removes it), which exists
// only on Windows and Mac.
// Elsewhere, or when the optional office-addin-debugging did not install, it says so in one line
// and changes nothing: dist/ (perhaps a production build) is rebuilt only when Excel will load it.
const { spawnSync } = require("child_process");

/** Why sideloading cannot run here, or undefined when it can. */
function cannotSideload(platform, resolve) {
  if (platform !== "win32" && platform !== "darwin")
    return "there is no desktop Excel on " + platform;
  try {
    resolve("office-addin-debugging/package.json");
    return undefined;
  } catch {
    return "office-addin-debugging is not installed";
  }
}

const SUGGESTION =
  "npm start sideloads into desktop Excel (Windows or Mac), but {why}: use Excel on the web " +
  'instead (README, "Install in Excel", Excel on the web).';

function main(action) {
  const why = cannotSideload(process.platform, require.resolve);
  if (why) {
    console.log(SUGGESTION.replace("{why}", why));
    return 0;
  }
  const run = (args) => spawnSync("npm", args, { stdio: "inherit", shell: true }).status ?? 1;
  const debugging = ["exec", "--", "office-addin-debugging", action, "manifest.xml"];
  return action === "start" ? run(["run", "build:dev"]) || run(debugging) : run(debugging);
}

module.exports = { cannotSideload, SUGGESTION };
if (require.main === module) process.exitCode = main(process.argv[2] === "stop" ? "stop" : "start");
